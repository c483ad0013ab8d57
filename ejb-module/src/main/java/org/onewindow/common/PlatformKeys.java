package org.onewindow.common;

import java.util.function.Function;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.keys.KeyRing;
import org.onewindow.crypto.keys.RootKeyComponents;
import org.onewindow.crypto.keys.SoftwareKeyEncryptionProvider;

/**
 * The platform's key ring (003 6.3.2.3 b–c): data keys wrapped under a KEK derived from the root
 * key components named by {@code ONEWINDOW_ROOT_KEY_COMPONENT_<i>[_FILE]} — the same components
 * Keycloak reads, so that a key the platform wraps for an app (its SM4 ticket key) Keycloak can
 * unwrap. Read from the environment, or from system properties of the same names (the test
 * server's), on first use. Without components every use fails closed with a message an operator can
 * act on.
 */
public final class PlatformKeys {

  private static volatile KeyRing ring;

  private PlatformKeys() {}

  /**
   * The key ring.
   *
   * @throws KeysUnavailableException when no root key components are configured or they are bad
   */
  public static KeyRing ring() {
    KeyRing current = ring;
    if (current == null) {
      synchronized (PlatformKeys.class) {
        if (ring == null) {
          ring = load(PlatformKeys::setting);
        }
        current = ring;
      }
    }
    return current;
  }

  static KeyRing load(Function<String, String> settings) {
    try {
      RootKeyComponents components = RootKeyComponents.fromEnvironment(settings);
      return KeyRing.of(SoftwareKeyEncryptionProvider.of(components), 1);
    } catch (CryptoException e) {
      throw new KeysUnavailableException(e.getMessage());
    }
  }

  private static String setting(String name) {
    String value = System.getenv(name);
    return value != null ? value : System.getProperty(name);
  }
}
