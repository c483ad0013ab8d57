/**
 * 互动: the portal's search and its management (001 7.4; 000 8.1.2 b–c) — published matters indexed
 * with Hibernate Search (a Chinese word field, a bigram field, pinyin), the search lexicon
 * (synonyms, stop, banned and hot words) that platform administrators keep, hot words counted from
 * the queries. Consultation and complaints (001 7.5) will live here too.
 */
package org.onewindow.interaction;
