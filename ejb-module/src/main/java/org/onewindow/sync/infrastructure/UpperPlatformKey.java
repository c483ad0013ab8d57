package org.onewindow.sync.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.onewindow.common.PlatformKeys;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2PrivateKey;

/**
 * The platform's SM2 key for the upward report (002 6.2 b–d), made on first use: the private key
 * sealed by the key ring (purpose {@value #PURPOSE}) in {@code signing-key.sealed}, the public key
 * — which the upper platform registers — in {@code signing-key.pub.pem}, both in {@value #KEY_DIR}
 * (default {@code ${jboss.server.data.dir}/onewindow-upper-platform}; in a cluster, a directory
 * every node mounts, so that all nodes sign with the one registered key).
 */
public final class UpperPlatformKey {

  public static final String KEY_DIR = "onewindow.upper-platform.key-dir";
  public static final String APP_KEY_PROPERTY = "onewindow.upper-platform.app-key";

  /** The app key the platform signs under unless configured (000 9.4.4 a's header). */
  public static final String DEFAULT_APP_KEY = "onewindow-platform";

  static final String PURPOSE = "upper-platform-signing-key";
  static final String SEALED = "signing-key.sealed";
  public static final String PUBLIC = "signing-key.pub.pem";

  private static volatile UpperPlatformKey loaded;

  private final Sm2PrivateKey privateKey;

  private UpperPlatformKey(Sm2PrivateKey privateKey) {
    this.privateKey = privateKey;
  }

  /** The key, made and published on first use. */
  public static UpperPlatformKey load() {
    UpperPlatformKey key = loaded;
    if (key == null) {
      synchronized (UpperPlatformKey.class) {
        if (loaded == null) {
          loaded = readOrMake(directory());
        }
        key = loaded;
      }
    }
    return key;
  }

  /** The key directory as configured. */
  public static Path directory() {
    String configured = System.getProperty(KEY_DIR, "").strip();
    if (!configured.isEmpty()) {
      return Path.of(configured);
    }
    String data = System.getProperty("jboss.server.data.dir", "").strip();
    if (data.isEmpty()) {
      throw new IllegalStateException("no directory for the upper platform's key: set " + KEY_DIR);
    }
    return Path.of(data, "onewindow-upper-platform");
  }

  static UpperPlatformKey readOrMake(Path directory) {
    try {
      Path sealed = directory.resolve(SEALED);
      if (!Files.exists(sealed)) {
        make(directory, sealed);
      }
      String pem =
          PlatformKeys.ring()
              .decryptString(PURPOSE, Files.readString(sealed, StandardCharsets.US_ASCII).strip());
      UpperPlatformKey key = new UpperPlatformKey(Sm2PrivateKey.fromPem(pem));
      Path published = directory.resolve(PUBLIC);
      if (!Files.exists(published)) {
        writeAtomically(published, key.publicKeyPem());
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new pair; a node that loses the race to another reads the winner's key. */
  private static void make(Path directory, Path sealed) throws IOException {
    Files.createDirectories(directory);
    Sm2Keys.Pair pair = Sm2Keys.generate();
    Path temp = Files.createTempFile(directory, SEALED, ".tmp");
    Files.writeString(temp, PlatformKeys.ring().encryptString(PURPOSE, pair.privateKey().toPem()));
    try {
      Files.move(temp, sealed, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException lostTheRace) {
      Files.deleteIfExists(temp);
    }
  }

  private static void writeAtomically(Path target, String text) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    Files.writeString(temp, text, StandardCharsets.US_ASCII);
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  public String publicKeyPem() {
    return privateKey.publicKey().toPem();
  }

  /** A signer for the upward calls, under the configured app key. */
  public RequestSigner signer(Clock clock) {
    String appKey = System.getProperty(APP_KEY_PROPERTY, DEFAULT_APP_KEY).strip();
    return new RequestSigner(appKey, privateKey, clock);
  }
}
