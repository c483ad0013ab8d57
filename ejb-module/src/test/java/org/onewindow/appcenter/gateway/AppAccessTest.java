package org.onewindow.appcenter.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.review.ReviewStatus;

/**
 * Which apps the gateway lets call, and what (issue 14): online apps their bound interfaces, their
 * own unit's or granted; a draft in its functional test (000 9.3) only in test mode; every other
 * state never.
 */
class AppAccessTest {

  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  private static AppAccess app(ReviewStatus status, Instant testModeUntil) {
    return new AppAccess(
        "app-abcdefghijkl",
        Sm2Keys.generate().publicKey(),
        status,
        Set.of(1L),
        Set.of(2L),
        50,
        testModeUntil);
  }

  @Test
  void onlyAnOnlineAppCallsWithoutTestMode() {
    assertEquals(Optional.empty(), app(ReviewStatus.ONLINE, null).refusal(NOW));
    assertEquals(
        Optional.of(GatewayError.APP_NOT_ONLINE), app(ReviewStatus.DRAFT, null).refusal(NOW));
    assertEquals(
        Optional.of(GatewayError.APP_NOT_ONLINE), app(ReviewStatus.SUBMITTED, null).refusal(NOW));
    assertEquals(
        Optional.of(GatewayError.APP_NOT_ONLINE), app(ReviewStatus.APPROVED, null).refusal(NOW));
    assertEquals(
        Optional.of(GatewayError.APP_NOT_ACTIVE), app(ReviewStatus.REJECTED, null).refusal(NOW));
    assertEquals(
        Optional.of(GatewayError.APP_NOT_ACTIVE), app(ReviewStatus.OFFLINE, null).refusal(NOW));
  }

  @Test
  void aDraftCallsInTestModeUntilItEndsAndNoOtherStateDoes() {
    Instant until = NOW.plusSeconds(3600);
    AppAccess draft = app(ReviewStatus.DRAFT, until);
    assertEquals(Optional.empty(), draft.refusal(NOW));
    assertTrue(draft.testMode(NOW), "its calls are test traffic");
    assertEquals(Optional.of(GatewayError.APP_NOT_ONLINE), draft.refusal(until));
    assertFalse(draft.testMode(until));
    for (ReviewStatus status :
        Set.of(ReviewStatus.SUBMITTED, ReviewStatus.REJECTED, ReviewStatus.OFFLINE)) {
      assertTrue(app(status, until).refusal(NOW).isPresent(), status.name());
      assertFalse(app(status, until).testMode(NOW), status.name());
    }
    assertFalse(app(ReviewStatus.ONLINE, until).testMode(NOW), "an online app's calls are live");
  }

  @Test
  void anAppCallsOnlyBoundInterfacesOfItsUnitOrGrantedToIt() {
    AppAccess online = app(ReviewStatus.ONLINE, null);
    assertEquals(Optional.empty(), online.refusalFor(1));
    assertEquals(Optional.of(GatewayError.INTERFACE_NOT_GRANTED), online.refusalFor(2));
    assertEquals(Optional.of(GatewayError.APP_NOT_BOUND), online.refusalFor(3));
  }

  @Test
  void everyRefusalIsAnAnnexACodeBeforeForwarding() {
    // 003 Annex A: 10008 用户未授权 for an app that may not call; 10019 for the test rate.
    assertEquals(10008, GatewayError.APP_NOT_ONLINE.code().code());
    assertEquals(10008, GatewayError.INTERFACE_NOT_GRANTED.code().code());
    assertEquals(403, GatewayError.APP_NOT_ONLINE.httpStatus());
    assertEquals(429, GatewayError.TEST_RATE_LIMITED.httpStatus());
    assertEquals(10019, GatewayError.TEST_RATE_LIMITED.code().code());
  }
}
