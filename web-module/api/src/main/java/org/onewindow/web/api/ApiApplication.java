package org.onewindow.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API's version 1, deployed under the {@code /api} context: {@code /api/v1/...}. */
@ApplicationPath("/v1")
public class ApiApplication extends Application {}
