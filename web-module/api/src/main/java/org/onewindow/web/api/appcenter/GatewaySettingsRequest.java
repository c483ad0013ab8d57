package org.onewindow.web.api.appcenter;

/** The body of {@code PUT /api/v1/interfaces/{id}/gateway} (000 9.4.4; 003 6.2.4 d). */
public record GatewaySettingsRequest(String authMode, Integer timeoutMillis, Integer retries) {}
