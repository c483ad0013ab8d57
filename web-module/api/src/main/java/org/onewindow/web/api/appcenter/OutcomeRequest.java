package org.onewindow.web.api.appcenter;

/** The body of {@code PUT /api/v1/app-notes/{id}/outcome}: what was done (000 8.2.3 d). */
public record OutcomeRequest(String outcome) {}
