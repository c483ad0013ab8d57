package org.onewindow.web.api.identity;

/**
 * A scanned enterprise or personal code (000 8.1.2 k): its token, the QR code's text after {@code
 * t=}.
 */
public record CodeVerificationRequest(String token) {}
