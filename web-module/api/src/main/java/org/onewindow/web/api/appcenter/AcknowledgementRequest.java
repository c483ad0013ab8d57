package org.onewindow.web.api.appcenter;

/**
 * The body of {@code POST /api/v1/interfaces/{id}/feedback/{feedbackId}/acknowledgement}: the
 * provider's short reply (what was done about the words).
 */
public record AcknowledgementRequest(String reply) {}
