package org.onewindow.keycloak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm2.Sm2PrivateKey;

/**
 * An SM2 private key the operator hands Keycloak through the environment: PEM in {@code VARIABLE},
 * or a file named by {@code VARIABLE_FILE} (a mounted secret). Never from the realm JSON, so no key
 * is in the repository beyond the documented demo ones the start script falls back to.
 */
public final class EnvironmentKey {

  private EnvironmentKey() {}

  /**
   * @param variable the variable holding PEM text; {@code variable + "_FILE"} names a file instead
   * @throws CryptoException when neither is set, the file cannot be read, or the PEM is no SM2 key
   */
  public static Sm2PrivateKey sm2PrivateKey(String variable) {
    String inline = System.getenv(variable);
    if (inline != null && !inline.isBlank()) {
      return Sm2PrivateKey.fromPem(inline);
    }
    String fileVariable = variable + "_FILE";
    String file = System.getenv(fileVariable);
    if (file == null || file.isBlank()) {
      throw new CryptoException("no key: set " + variable + " or " + fileVariable);
    }
    try {
      return Sm2PrivateKey.fromPem(
          Files.readString(Path.of(file.strip()), StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new CryptoException("cannot read " + fileVariable + ": " + e.getMessage());
    }
  }
}
