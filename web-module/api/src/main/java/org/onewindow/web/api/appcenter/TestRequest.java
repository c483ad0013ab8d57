package org.onewindow.web.api.appcenter;

import java.util.Map;

/** The body of {@code POST /api/v1/interfaces/{id}/tests}: the value of each request parameter. */
public record TestRequest(Map<String, String> parameters) {}
