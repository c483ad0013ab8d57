package org.onewindow.web.api.appcenter;

/** The body of {@code POST /api/v1/apps/{id}/bindings}: the interface to bind. */
public record BindingRequest(Long interfaceId) {}
