package org.onewindow.keycloak.audit;

import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.keycloak.EnvironmentKey;

/**
 * The realm's audit signing key, {@code ONEWINDOW_AUDIT_SIGNING_KEY[_FILE]}: a key of its own, not
 * the ticket or token keys (one key, one purpose), read once. It signs what the realm sends the
 * platform: identity events, and the consent questions of the ticket exchange.
 */
public final class AuditSigningKey {

  static final String VARIABLE = "ONEWINDOW_AUDIT_SIGNING_KEY";

  private static volatile Sm2PrivateKey key;

  private AuditSigningKey() {}

  public static Sm2PrivateKey get() {
    Sm2PrivateKey current = key;
    if (current == null) {
      synchronized (AuditSigningKey.class) {
        if (key == null) {
          key = EnvironmentKey.sm2PrivateKey(VARIABLE);
        }
        current = key;
      }
    }
    return current;
  }
}
