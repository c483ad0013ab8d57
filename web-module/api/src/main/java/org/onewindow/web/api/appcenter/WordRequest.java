package org.onewindow.web.api.appcenter;

/** The body of {@code POST /api/v1/sensitive-words}. */
public record WordRequest(String word) {}
