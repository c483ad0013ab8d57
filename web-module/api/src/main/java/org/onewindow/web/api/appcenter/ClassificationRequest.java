package org.onewindow.web.api.appcenter;

/** The body of {@code PUT /api/v1/apps/{id}/classification} (000 8.2.3 a; 001 6.3, 8.3.1). */
public record ClassificationRequest(
    String serviceObject, String theme, String serviceLevel, String appType) {}
