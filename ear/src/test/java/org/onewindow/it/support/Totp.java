package org.onewindow.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as the realm's OTP policy makes them (RFC 6238: HMAC-SHA1, 30-second
 * steps, 6 digits) from the demo administrators' documented secret (README, "Demo accounts").
 *
 * <p>The realm accepts a code once only ({@code otpPolicyCodeReusable=false}, GB/T 22239), and the
 * suite logs administrators in many times: {@link #freshCode} hands each user the codes of distinct
 * time steps, in order. Keycloak accepts the steps around the current one (look-ahead window 1), so
 * two logins of one user fit in a step; a third waits for the next step — waiting for a resource,
 * never a measurement. The last step given to each user is kept in {@code target/}, because the H2
 * and PostgreSQL runs are two JVMs sharing one Keycloak.
 */
public final class Totp {

  /** The demo administrators' OTP secret, Base32 (the realm JSON's credential). */
  public static final String DEMO_SECRET = "J5XGKV3JNZSG652EMVWW6T2UKAZDAMRW";

  static final int PERIOD_SECONDS = 30;
  private static final int DIGITS = 6;
  private static final Path USED_STEPS = Path.of("target", "totp-used-steps.properties");

  private Totp() {}

  /** A code of {@code DEMO_SECRET} that {@code username} has not used yet, valid for ≥ 30 s. */
  public static synchronized String freshCode(String username) {
    Properties used = load();
    long last = Long.parseLong(used.getProperty(username, "0"));
    long step = Math.max(currentStep(), last + 1);
    // Only the current step and the next one are safe to submit; later ones must wait.
    while (step > currentStep() + 1) {
      sleepUntilStep(step - 1);
    }
    used.setProperty(username, Long.toString(step));
    save(used);
    return code(base32(DEMO_SECRET), step);
  }

  /** A 6-digit string that is none of the codes Keycloak would accept now: a wrong code. */
  public static String wrongCode() {
    byte[] key = base32(DEMO_SECRET);
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
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      int value = alphabet.indexOf(c);
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

  private static void sleepUntilStep(long step) {
    long wait = step * PERIOD_SECONDS * 1000L - System.currentTimeMillis() + 100;
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static Properties load() {
    Properties used = new Properties();
    if (Files.exists(USED_STEPS)) {
      try (var in = Files.newInputStream(USED_STEPS)) {
        used.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return used;
  }

  private static void save(Properties used) {
    try {
      Files.createDirectories(USED_STEPS.getParent());
      try (var out = Files.newOutputStream(USED_STEPS)) {
        used.store(out, "TOTP steps given to each demo administrator (see Totp)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
