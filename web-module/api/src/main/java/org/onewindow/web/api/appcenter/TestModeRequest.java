package org.onewindow.web.api.appcenter;

/** The body of {@code PUT /api/v1/apps/{id}/test-mode}: for how many hours, from now. */
public record TestModeRequest(Integer hours) {}
