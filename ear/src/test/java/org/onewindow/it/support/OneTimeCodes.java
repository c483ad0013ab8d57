package org.onewindow.it.support;

/**
 * The one-time codes of one test administrator's own TOTP secret, handed out so that no sign-in
 * ever waits for the clock. The realm accepts a code once only ({@code
 * otpPolicyCodeReusable=false}, GB/T 22239) and the codes of the time steps around the current one
 * (look-ahead window 1): the first sign-in gets the current step's code, the second the next step's
 * (or the current one when a step has passed). A third could only be served by waiting up to 30 s
 * for the next step, so it is refused: a test that signs in more often makes another administrator
 * ({@link Administrators}), which costs a Keycloak call instead of half a minute.
 */
final class OneTimeCodes {

  /** Sign-ins one secret serves without waiting. */
  static final int SIGN_INS = 2;

  private final String username;
  private final byte[] key;
  private long lastStep = Long.MIN_VALUE;
  private int given;

  OneTimeCodes(String username, String base32Secret) {
    this.username = username;
    this.key = Totp.base32(base32Secret);
  }

  /**
   * The code for the next sign-in at time step {@code now}, never a step the realm would refuse.
   */
  synchronized String next(long now) {
    if (given == SIGN_INS) {
      throw new IllegalStateException(
          username
              + " has signed in "
              + SIGN_INS
              + " times: a further code could need a wait for the next 30 s step; make another"
              + " administrator for this sign-in");
    }
    long step = lastStep == Long.MIN_VALUE ? now : Math.max(now, lastStep + 1);
    lastStep = step;
    given++;
    return Totp.code(key, step);
  }

  /** A code the realm would refuse now. */
  String wrong() {
    return Totp.wrongCode(key);
  }
}
