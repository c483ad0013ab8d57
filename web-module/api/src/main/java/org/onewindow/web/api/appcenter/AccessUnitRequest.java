package org.onewindow.web.api.appcenter;

/** The body of {@code POST /api/v1/access-units}. */
public record AccessUnitRequest(String name, String divisionCode) {}
