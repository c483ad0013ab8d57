package org.onewindow.it.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The tests' TOTP generator against RFC 6238's own vectors (Appendix B, SHA-1). */
class TotpTest {

  private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void rfc6238VectorsTruncatedToSixDigits() {
    // Appendix B gives 8 digits: 94287082, 07081804, 14050471; the last 6 are what 6 digits give.
    assertEquals("287082", Totp.code(RFC_KEY, 59 / 30));
    assertEquals("081804", Totp.code(RFC_KEY, 1111111109L / 30));
    assertEquals("050471", Totp.code(RFC_KEY, 1111111111L / 30));
  }

  @Test
  void theDemoSecretIsTheDocumentedAsciiText() {
    assertArrayEquals(
        "OneWindowDemoOTP2026".getBytes(StandardCharsets.US_ASCII), Totp.base32(Totp.DEMO_SECRET));
  }

  @Test
  void aWrongCodeIsNotTheCurrentOne() {
    long now = Totp.currentStep();
    byte[] key = Totp.base32(Totp.DEMO_SECRET);
    assertNotEquals(Totp.code(key, now), Totp.wrongCode(key));
  }

  @Test
  void aNewSecretIsBase32OfTwentyRandomBytes() {
    String secret = Totp.newSecret();
    assertEquals(32, secret.length());
    assertEquals(20, Totp.base32(secret).length);
    assertNotEquals(secret, Totp.newSecret());
  }
}
