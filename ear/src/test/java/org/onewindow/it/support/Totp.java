package org.onewindow.it.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as the realm's OTP policy makes them (RFC 6238: HMAC-SHA1, 30-second
 * steps, 6 digits). The tests' administrators each have a secret of their own ({@link
 * Administrator}); the demo administrators' documented secret is here only for the test that checks
 * the README's value.
 */
public final class Totp {

  /** The demo administrators' OTP secret, Base32 (the realm JSON's credential, README). */
  public static final String DEMO_SECRET = "J5XGKV3JNZSG652EMVWW6T2UKAZDAMRW";

  static final int PERIOD_SECONDS = 30;
  private static final int DIGITS = 6;
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new random secret of 160 bits (RFC 4226's recommended length), Base32 without padding. */
  public static String newSecret() {
    byte[] secret = new byte[20];
    RANDOM.nextBytes(secret);
    StringBuilder text = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : secret) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    return text.toString(); // 160 bits are 32 characters exactly: nothing left over
  }

  /** A 6-digit string that is none of the codes of {@code key} Keycloak would accept now. */
  public static String wrongCode(byte[] key) {
    long now = currentStep();
    int candidate = 0;
    while (true) {
      String code = String.format("%06d", candidate++);
      boolean accepted = false;
      for (long step = now - 2; step <= now + 2; step++) {
        accepted |= code.equals(code(key, step));
      }
      if (!accepted) {
        return code;
      }
    }
  }

  public static long currentStep() {
    return System.currentTimeMillis() / 1000 / PERIOD_SECONDS;
  }

  /** RFC 6238 (RFC 4226 dynamic truncation) with HMAC-SHA1. */
  public static String code(byte[] key, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = (ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff) % 1_000_000;
      return String.format("%0" + DIGITS + "d", binary);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 4648 Base32 without padding, as authenticator apps take secrets. */
  public static byte[] base32(String text) {
    ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not Base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
