package org.onewindow.web.api.appcenter;

/** The body of {@code POST /api/v1/interfaces/{id}/grants}: the access unit to grant. */
public record GrantRequest(Long accessUnitId) {}
