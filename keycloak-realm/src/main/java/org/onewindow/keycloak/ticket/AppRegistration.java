package org.onewindow.keycloak.ticket;

import java.util.Optional;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.keys.EncryptedValue;
import org.onewindow.crypto.keys.KeyRing;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm4.Sm4Key;

/**
 * What the platform registered for a light app (000 9.3, 9.4.4 a) on its realm client: its SM2
 * public key, which authenticates its backend's calls, and its SM4 key, under which its users' info
 * is sealed (000 9.2.1 c). The SM4 key is kept as a reference only — the key wrapped under the
 * platform's key-encryption key (sm-crypto {@code EncryptedValue}, 003 6.3.2.3 b–c) — so a realm
 * administrator who can read client attributes still cannot read the key.
 */
final class AppRegistration {

  /** Client attribute: the app's SM2 public key, PEM (X.509 SubjectPublicKeyInfo). */
  static final String SM2_PUBLIC_KEY = "onewindow.app.sm2-public-key";

  /** Client attribute: the app's SM4 key wrapped under the platform's KEK. */
  static final String SM4_KEY_REFERENCE = "onewindow.app.sm4-key-ref";

  /** The KEK purpose app keys are wrapped for (shared with the platform's application centre). */
  static final String SM4_KEY_PURPOSE = "app-sm4-key";

  private final ClientModel client;

  private AppRegistration(ClientModel client) {
    this.client = client;
  }

  /** The enabled light app whose client id is {@code appId}, if it is registered as one. */
  static Optional<AppRegistration> find(KeycloakSession session, RealmModel realm, String appId) {
    if (appId == null || appId.isBlank() || appId.length() > 128) {
      return Optional.empty();
    }
    ClientModel client = realm.getClientByClientId(appId);
    if (client == null || !client.isEnabled() || client.getAttribute(SM2_PUBLIC_KEY) == null) {
      return Optional.empty();
    }
    return Optional.of(new AppRegistration(client));
  }

  ClientModel client() {
    return client;
  }

  String appId() {
    return client.getClientId();
  }

  Sm2PublicKey publicKey() {
    return Sm2PublicKey.fromPem(publicKeyPem());
  }

  /** The app's SM2 public key as registered, PEM. */
  String publicKeyPem() {
    return client.getAttribute(SM2_PUBLIC_KEY);
  }

  /**
   * The app's SM4 key.
   *
   * @throws CryptoException when the reference is missing or does not unwrap under {@code keys}
   */
  Sm4Key sm4Key(KeyRing keys) {
    String reference = client.getAttribute(SM4_KEY_REFERENCE);
    if (reference == null) {
      throw new CryptoException("app " + appId() + " has no SM4 key reference");
    }
    return Sm4Key.of(keys.decrypt(SM4_KEY_PURPOSE, EncryptedValue.decode(reference)));
  }
}
