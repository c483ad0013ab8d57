package org.onewindow.web.api.appcenter;

/** The body of {@code POST /api/v1/apps/{id}/notes}: kind and text. */
public record NoteRequest(String kind, String text) {}
