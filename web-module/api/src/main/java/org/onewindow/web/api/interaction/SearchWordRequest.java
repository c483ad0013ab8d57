package org.onewindow.web.api.interaction;

/**
 * A word for the search lexicon.
 *
 * @param kind SYNONYM, STOP, BANNED or HOT
 * @param word the word (a synonym group's first term)
 * @param synonyms for a synonym, the group's other terms, comma-separated
 */
public record SearchWordRequest(String kind, String word, String synonyms) {}
