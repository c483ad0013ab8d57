package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.onewindow.appcenter.domain.AppType;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.domain.ServiceLevel;
import org.onewindow.appcenter.domain.ServiceObject;
import org.onewindow.common.Localized;
import org.onewindow.review.ReviewStatus;

/**
 * A read-only copy of a service app: never its keys, only the public one. Its members carry the
 * names the requests use for the same things (issue 16: same field names in and out): {@code
 * sm2PublicKey} as in the apply and re-issue requests, {@code callsPerSecond} as in the rate-limit
 * request.
 */
public record AppView(
    long id,
    String appKey,
    long unitId,
    String unitName,
    String name,
    String description,
    String pageUrl,
    String sm2PublicKey,
    int callsPerSecond,
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
    implements Serializable, Localized<AppView> {

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

  /** The same view with its labels in {@code locale}'s language. */
  @Override
  public AppView in(Locale locale) {
    return new AppView(
        id,
        appKey,
        unitId,
        unitName,
        name,
        description,
        pageUrl,
        sm2PublicKey,
        callsPerSecond,
        serviceObject,
        ServiceObject.valueOf(serviceObject).label(locale),
        theme,
        serviceLevel,
        ServiceLevel.valueOf(serviceLevel).label(locale),
        appType,
        AppType.valueOf(appType).label(locale),
        status,
        status.label(locale),
        revision,
        createdBy,
        createdAt,
        lastReason,
        testModeUntil);
  }
}
