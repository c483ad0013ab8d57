package org.onewindow.it.support;

/**
 * An administrator a test made for itself in realm onewindow (one of the administrative roles, the
 * realm's second factor included), with a password and a TOTP secret only the test knows. Made by
 * {@link Administrators}; named 王建国 at real-name level 3, like the demo {@code admin}, so what the
 * pages show of a person reads the same. It serves {@value OneTimeCodes#SIGN_INS} sign-ins, none of
 * which waits for the clock.
 */
public final class Administrator {

  private final String username;
  private final String password;
  private final OneTimeCodes codes;

  Administrator(String username, String password, String otpSecret) {
    this.username = username;
    this.password = password;
    this.codes = new OneTimeCodes(username, otpSecret);
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }

  /** The one-time code for this administrator's next sign-in (at most two; see OneTimeCodes). */
  public String nextCode() {
    return codes.next(Totp.currentStep());
  }

  /** A code the realm refuses now, for tests of the OTP page itself. */
  public String wrongCode() {
    return codes.wrong();
  }

  /**
   * An access token from the console client (a sign-in): the console's tokens name the API in their
   * audience, so the API takes it with this administrator's roles.
   */
  public String consoleToken() {
    return CodeFlow.administratorToken("onewindow-console", this);
  }

  @Override
  public String toString() {
    return username;
  }
}
