package org.onewindow.web.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.onewindow.crypto.signing.AppPublicKeys;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/**
 * SANDBOX: the platform's published public key for the upward report, read from the file the
 * platform publishes it in ({@code signing-key.pub.pem} in {@code
 * onewindow.upper-platform.key-dir}, default {@code
 * ${jboss.server.data.dir}/onewindow-upper-platform}; or {@code
 * onewindow.sandbox-upper.public-key}, a PEM file). Read at each call: the platform makes its key
 * at its first report. A real upper platform registers the key once.
 */
final class SandboxKeys {

  private SandboxKeys() {}

  static Path publicKeyFile() {
    String explicit = System.getProperty("onewindow.sandbox-upper.public-key", "").strip();
    if (!explicit.isEmpty()) {
      return Path.of(explicit);
    }
    String dir = System.getProperty("onewindow.upper-platform.key-dir", "").strip();
    if (dir.isEmpty()) {
      dir =
          Path.of(System.getProperty("jboss.server.data.dir", "."), "onewindow-upper-platform")
              .toString();
    }
    return Path.of(dir, "signing-key.pub.pem");
  }

  /** Every app key maps to the platform's one published key. */
  static AppPublicKeys published() {
    return appKey -> read(publicKeyFile());
  }

  static Optional<Sm2PublicKey> read(Path file) {
    try {
      return Files.exists(file)
          ? Optional.of(Sm2PublicKey.fromPem(Files.readString(file)))
          : Optional.empty();
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}
