package org.onewindow.appcenter.gateway;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.review.ReviewStatus;

/**
 * What the gateway needs to know of one app, read once and kept for a few seconds: whether it may
 * call at all, and which interfaces.
 *
 * @param usableInterfaces the interfaces it is bound to that are its unit's own or granted to it
 * @param ungrantedInterfaces those it is bound to whose grant was revoked (or never given)
 * @param testModeUntil until when a draft app may call in test mode, or null
 */
public record AppAccess(
    String appKey,
    Sm2PublicKey publicKey,
    ReviewStatus status,
    Set<Long> usableInterfaces,
    Set<Long> ungrantedInterfaces,
    int rateLimit,
    Instant testModeUntil) {

  /** Calls a minute an app in test mode may make (per node, as every gateway limit). */
  public static final int TEST_CALLS_PER_MINUTE = 10;

  public AppAccess {
    usableInterfaces = Set.copyOf(usableInterfaces);
    ungrantedInterfaces = Set.copyOf(ungrantedInterfaces);
  }

  /**
   * Why the app may not call at {@code now}, if it may not (issue 14): only an online app calls; a
   * draft in its functional test (000 9.3) only in test mode; submitted, approved but unpublished,
   * rejected and offline apps never.
   */
  public Optional<GatewayError> refusal(Instant now) {
    return switch (status) {
      case ONLINE -> Optional.empty();
      case DRAFT -> testMode(now) ? Optional.empty() : Optional.of(GatewayError.APP_NOT_ONLINE);
      case SUBMITTED, APPROVED -> Optional.of(GatewayError.APP_NOT_ONLINE);
      case REJECTED, OFFLINE -> Optional.of(GatewayError.APP_NOT_ACTIVE);
    };
  }

  /** Whether the app's calls at {@code now} are test traffic: a draft whose test mode runs. */
  public boolean testMode(Instant now) {
    return status == ReviewStatus.DRAFT && testModeUntil != null && now.isBefore(testModeUntil);
  }

  /**
   * Why the app may not call the interface, if it may not: bound, and its own unit's or granted.
   */
  public Optional<GatewayError> refusalFor(long interfaceId) {
    if (usableInterfaces.contains(interfaceId)) {
      return Optional.empty();
    }
    return Optional.of(
        ungrantedInterfaces.contains(interfaceId)
            ? GatewayError.INTERFACE_NOT_GRANTED
            : GatewayError.APP_NOT_BOUND);
  }
}
