package org.onewindow.web.api.appcenter;

/** The body of {@code PUT /api/v1/apps/{id}/rate-limit}. */
public record RateLimitRequest(Integer callsPerSecond) {}
