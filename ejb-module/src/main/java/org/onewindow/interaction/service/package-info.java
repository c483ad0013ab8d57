/**
 * The search's public face: {@code SearchService} (full-text, whole-sentence, code and pinyin
 * search with filters, counts by category, department and region, suggestions, hot words) and
 * {@code SearchLexiconService} (the platform administrators' synonyms, stop, banned and hot words,
 * in force on every node within a second, without a restart or a reindex).
 */
package org.onewindow.interaction.service;
