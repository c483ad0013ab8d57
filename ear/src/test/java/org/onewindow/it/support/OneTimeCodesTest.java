package org.onewindow.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** How a test administrator's codes are handed out: two sign-ins, none of them waiting. */
class OneTimeCodesTest {

  private static final String SECRET = Totp.DEMO_SECRET;
  private static final byte[] KEY = Totp.base32(SECRET);

  @Test
  void twoSignInsInOneStepGetTheCurrentAndTheNextStepsCodes() {
    OneTimeCodes codes = new OneTimeCodes("it-admin", SECRET);
    assertEquals(Totp.code(KEY, 1000), codes.next(1000));
    // The realm's look-ahead window 1 accepts step 1001 at step 1000: no wait.
    assertEquals(Totp.code(KEY, 1001), codes.next(1000));
  }

  @Test
  void aSignInInALaterStepTakesThatStepsCode() {
    OneTimeCodes codes = new OneTimeCodes("it-admin", SECRET);
    codes.next(1000);
    assertEquals(Totp.code(KEY, 1005), codes.next(1005));
  }

  @Test
  void aThirdSignInIsRefusedRatherThanWaitingForTheClock() {
    OneTimeCodes codes = new OneTimeCodes("it-admin", SECRET);
    codes.next(1000);
    codes.next(1000);
    assertThrows(IllegalStateException.class, () -> codes.next(1000));
    assertThrows(IllegalStateException.class, () -> codes.next(2000), "whatever the time");
  }
}
