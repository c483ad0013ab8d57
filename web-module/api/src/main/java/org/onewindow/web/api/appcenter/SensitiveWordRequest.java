package org.onewindow.web.api.appcenter;

/** The body of {@code POST /api/v1/sensitive-words}: one word for the lexicon. */
public record SensitiveWordRequest(String word) {}
