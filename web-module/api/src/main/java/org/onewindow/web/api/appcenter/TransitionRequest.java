package org.onewindow.web.api.appcenter;

/**
 * The body of {@code POST /api/v1/interfaces/{id}/transitions}: an action and, where needed, why.
 */
public record TransitionRequest(String action, String reason) {}
