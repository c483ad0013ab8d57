package org.onewindow.web.api.appcenter;

/**
 * The body of {@code PUT /api/v1/access-units/{id}/system-clients/{clientId}/enabled}: {@code
 * false} switches the client off, {@code true} back on.
 */
public record SystemClientStateRequest(Boolean enabled) {}
