package org.onewindow.keycloak.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.keys.KeyRing;
import org.onewindow.crypto.keys.RootKeyComponents;
import org.onewindow.crypto.keys.SoftwareKeyEncryptionProvider;
import org.onewindow.crypto.replay.NonceStore;
import org.onewindow.crypto.signing.RequestVerifier;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.ticket.TicketSealer;

/**
 * What the ticket endpoints share across requests: the platform's key ring (root key components
 * from the environment, 003 6.3.2.3 c), a sealer per platform SM2 key, and the request checks.
 */
final class TicketSettings {

  /** How far an app's clock may differ from the realm's (sm-crypto request signing). */
  static final Duration ALLOWED_SKEW = Duration.ofMinutes(5);

  private final String sealingAlgorithm;
  private final Map<String, TicketSealer> sealers = new ConcurrentHashMap<>();
  private volatile KeyRing keyRing;

  TicketSettings(String sealingAlgorithm) {
    this.sealingAlgorithm = sealingAlgorithm;
  }

  /** The platform's key ring, read from the environment on first use. */
  KeyRing keyRing() {
    KeyRing ring = keyRing;
    if (ring == null) {
      synchronized (this) {
        if (keyRing == null) {
          keyRing =
              KeyRing.of(SoftwareKeyEncryptionProvider.of(RootKeyComponents.fromEnvironment()), 1);
        }
        ring = keyRing;
      }
    }
    return ring;
  }

  /**
   * A sealer for the realm's active SM2 signing key: the key light apps verify tickets with is the
   * one the realm publishes in its JWKS.
   */
  TicketSealer sealer(KeycloakSession session, RealmModel realm) {
    KeyWrapper key = session.keys().getActiveKey(realm, KeyUse.SIG, sealingAlgorithm);
    if (key == null || key.getPrivateKey() == null) {
      throw new CryptoException(
          "realm " + realm.getName() + " has no active " + sealingAlgorithm + " key");
    }
    return sealers.computeIfAbsent(
        key.getKid(),
        kid -> new TicketSealer(Sm2PrivateKey.fromDer(key.getPrivateKey().getEncoded())));
  }

  /** Checks an app's signed call; apps and nonces live in the realm, shared by the cluster. */
  RequestVerifier requestVerifier(KeycloakSession session, RealmModel realm) {
    NonceStore nonces =
        (nonce, expiresAt) ->
            session
                .singleUseObjects()
                .putIfAbsent(
                    "onewindow-nonce:" + nonce,
                    Math.max(1, Duration.between(Instant.now(), expiresAt).toSeconds() + 1));
    return new RequestVerifier(
        appKey -> AppRegistration.find(session, realm, appKey).map(AppRegistration::publicKey),
        Clock.systemUTC(),
        ALLOWED_SKEW,
        nonces);
  }
}
