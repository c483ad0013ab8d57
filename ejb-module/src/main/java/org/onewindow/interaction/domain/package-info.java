/**
 * The search's own records: the index entries (one per published matter, taken from the matter
 * feed), the lexicon's words, the queries' counts, and the rules that need no container (pinyin of
 * a text, how the lexicon rewrites a query).
 */
package org.onewindow.interaction.domain;
