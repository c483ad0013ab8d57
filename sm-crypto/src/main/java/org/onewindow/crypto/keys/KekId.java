package org.onewindow.crypto.keys;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.onewindow.crypto.CryptoException;

/**
 * Names one key-encryption key: what it protects and which generation it is. The purpose is a short
 * ASCII name ({@code id-number}, {@code app-secret}) so that it cannot smuggle a {@code /} into a
 * derivation label or bytes that decode differently on another platform.
 */
record KekId(String purpose, int version) {

  static final int MAX_PURPOSE_LENGTH = 64;
  static final int MAX_VERSION = 0xFFFF; // the ciphertext format stores it in two bytes

  private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  KekId {
    checkPurpose(purpose);
    checkVersion(version);
  }

  static String checkPurpose(String purpose) {
    if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
      throw new CryptoException(
          "a key purpose is 1 to 64 characters of a-z, 0-9, '.', '_', '-', starting with a letter"
              + " or digit");
    }
    return purpose;
  }

  static int checkVersion(int version) {
    if (version < 1 || version > MAX_VERSION) {
      throw new CryptoException("a key version lies in 1.." + MAX_VERSION + ", not " + version);
    }
    return version;
  }

  /** The HKDF info from which this KEK is derived. */
  byte[] kekLabel() {
    return ("onewindow/kek/" + purpose + "/v" + version).getBytes(StandardCharsets.UTF_8);
  }

  /** The SM4-GCM aad of a data key wrapped under this KEK: binds the key to purpose and version. */
  byte[] wrapAad() {
    return ("onewindow/dek/" + purpose + "/v" + version).getBytes(StandardCharsets.UTF_8);
  }
}
