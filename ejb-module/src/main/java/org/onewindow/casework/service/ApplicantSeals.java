package org.onewindow.casework.service;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.onewindow.casework.domain.ApplicantSecret;
import org.onewindow.crypto.keys.EncryptedValue;
import org.onewindow.crypto.keys.KeyRing;
import org.onewindow.crypto.sm4.Sm4Gcm;
import org.onewindow.crypto.sm4.Sm4Key;

/**
 * Seals applicants' personal data for one chunk of the inbound sync under the key hierarchy (003
 * 6.3.2.3 a–c): one fresh SM4 data key per chunk, wrapped by the key ring (purpose {@value
 * ApplicantSecret#PURPOSE}), and each case's value SM4-GCM-sealed under it with the case number as
 * associated data, so a value copied to another row does not open. A fresh data key and its
 * wrapping per value would cost the sync most of its rate (two GCM operations and a key per row).
 *
 * <p>Stored form: {@code k1.<wrapped data key>.<nonce, ciphertext, tag>}, both parts Base64url; the
 * wrapped key is a key-ring value, so key rotation rewraps it as any other.
 */
final class ApplicantSeals implements AutoCloseable {

  private static final String FORMAT = "k1";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final Sm4Key dataKey;
  private final String wrappedKey;

  ApplicantSeals(KeyRing ring) {
    dataKey = Sm4Key.generate();
    byte[] bytes = dataKey.bytes();
    try {
      wrappedKey = ring.encrypt(ApplicantSecret.PURPOSE, bytes).encode();
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** The sealed form of {@code secret}, the personal data of case {@code caseNo}. */
  String seal(String caseNo, ApplicantSecret secret) {
    byte[] clear = secret.clearText().getBytes(StandardCharsets.UTF_8);
    try {
      return FORMAT
          + "."
          + wrappedKey
          + "."
          + ENCODER.encodeToString(Sm4Gcm.seal(dataKey, clear, aad(caseNo)));
    } finally {
      Arrays.fill(clear, (byte) 0);
    }
  }

  /**
   * Opens a value {@link #seal} made for case {@code caseNo}.
   *
   * @throws IllegalArgumentException when the value is not of this form
   * @throws org.onewindow.crypto.CryptoException when it does not authenticate
   */
  static ApplicantSecret open(KeyRing ring, String caseNo, String sealed) {
    String[] parts = sealed.split("\\.");
    if (parts.length != 3 || !parts[0].equals(FORMAT)) {
      throw new IllegalArgumentException("not a sealed applicant value");
    }
    byte[] key = ring.decrypt(ApplicantSecret.PURPOSE, EncryptedValue.decode(parts[1]));
    Sm4Key dataKey = Sm4Key.of(key);
    Arrays.fill(key, (byte) 0);
    try {
      byte[] clear = Sm4Gcm.open(dataKey, Base64.getUrlDecoder().decode(parts[2]), aad(caseNo));
      try {
        return ApplicantSecret.fromClearText(new String(clear, StandardCharsets.UTF_8));
      } finally {
        Arrays.fill(clear, (byte) 0);
      }
    } finally {
      dataKey.destroy();
    }
  }

  private static byte[] aad(String caseNo) {
    return ("onewindow/" + ApplicantSecret.PURPOSE + "/" + caseNo).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    dataKey.destroy();
  }
}
