package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.Instant;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.review.ReviewStatus;

/** A read-only copy of a service app: never its keys, only the public one. */
public record AppView(
    long id,
    String appKey,
    long unitId,
    String unitName,
    String name,
    String description,
    String pageUrl,
    String sm2PublicKeyPem,
    int rateLimit,
    String serviceObject,
    String serviceObjectLabel,
    String theme,
    String serviceLevel,
    String serviceLevelLabel,
    String appType,
    String appTypeLabel,
    ReviewStatus status,
    String statusLabel,
    int revision,
    String createdBy,
    Instant createdAt,
    String lastReason,
    Instant testModeUntil)
    implements Serializable {

  static AppView of(ServiceApp app) {
    return new AppView(
        app.getId(),
        app.getAppKey(),
        app.getUnit().getId(),
        app.getUnit().getName(),
        app.getName(),
        app.getDescription(),
        app.getPageUrl(),
        app.getSm2PublicKeyPem(),
        app.getRateLimit(),
        app.getServiceObject().name(),
        app.getServiceObject().label(),
        app.getTheme(),
        app.getServiceLevel().name(),
        app.getServiceLevel().label(),
        app.getAppType().name(),
        app.getAppType().label(),
        app.getReview().status(),
        app.getReview().status().label(),
        app.getReview().revision(),
        app.getCreatedBy(),
        app.getCreatedAt(),
        app.getReview().lastReason(),
        app.getTestModeUntil());
  }
}
