package org.onewindow.keycloak.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.onewindow.crypto.keys.KeyRing;
import org.onewindow.crypto.keys.RootKeyComponents;
import org.onewindow.crypto.keys.SoftwareKeyEncryptionProvider;
import org.onewindow.crypto.replay.NonceStore;
import org.onewindow.crypto.signing.RequestVerifier;
import org.onewindow.crypto.signing.Sm2VerifierCache;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.ticket.TicketSealer;
import org.onewindow.keycloak.EnvironmentKey;
import org.onewindow.keycloak.audit.AuditSigningKey;

/**
 * What the ticket endpoints share across requests: the platform's key ring (root key components
 * from the environment, 003 6.3.2.3 c), the platform's ticket-signing key and the request checks.
 */
final class TicketSettings {

  /** How far an app's clock may differ from the realm's (sm-crypto request signing). */
  static final Duration ALLOWED_SKEW = Duration.ofMinutes(5);

  static final String KEY_VARIABLE = "ONEWINDOW_TICKET_SIGNING_KEY";

  /**
   * Apps' parsed public keys by their PEM text, and their verifiers: a request verifier is made per
   * request, these outlive it (the exchange's SM2 check then costs the verification alone). A
   * changed key is a new PEM text, so a new entry.
   */
  private final Map<String, Sm2PublicKey> publicKeys = new ConcurrentHashMap<>();

  private final Sm2VerifierCache verifiers = new Sm2VerifierCache();

  private volatile KeyRing keyRing;
  private volatile Sm2PrivateKey signingKey;
  private volatile TicketSealer sealer;
  private volatile ConsentChannel consents;

  /**
   * The channel that asks the platform about consent (000 10.3 h): at {@code ONEWINDOW_BASE_URL}
   * (default {@code http://localhost:8080}), signed with the realm's audit key, made on first use.
   *
   * @throws org.onewindow.crypto.CryptoException when the realm has no audit key
   */
  ConsentChannel consents() {
    ConsentChannel channel = consents;
    if (channel == null) {
      synchronized (this) {
        if (consents == null) {
          String base = System.getenv("ONEWINDOW_BASE_URL");
          consents =
              new ConsentChannel(
                  base == null || base.isBlank() ? "http://localhost:8080" : base,
                  AuditSigningKey.get());
        }
        channel = consents;
      }
    }
    return channel;
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
   * The sealer under the platform's ticket-signing SM2 key: a key of its own, apart from the
   * realm's token-signing keys (one key, one purpose), read once from {@value #KEY_VARIABLE} (PEM)
   * or the file {@code ONEWINDOW_TICKET_SIGNING_KEY_FILE} names. Light apps verify sealed user info
   * with its public key ({@code GET .../onewindow-tickets/platform-key}, 000 9.4.4 a).
   */
  TicketSealer sealer() {
    signingKey();
    return sealer;
  }

  /** The platform's ticket-signing key. */
  Sm2PrivateKey signingKey() {
    Sm2PrivateKey key = signingKey;
    if (key == null) {
      synchronized (this) {
        if (signingKey == null) {
          signingKey = EnvironmentKey.sm2PrivateKey(KEY_VARIABLE);
          sealer = new TicketSealer(signingKey);
        }
        key = signingKey;
      }
    }
    return key;
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
        appKey -> AppRegistration.find(session, realm, appKey).map(this::publicKey),
        Clock.systemUTC(),
        ALLOWED_SKEW,
        nonces,
        verifiers);
  }

  private Sm2PublicKey publicKey(AppRegistration app) {
    String pem = app.publicKeyPem();
    if (publicKeys.size() >= 10_000) {
      publicKeys.clear();
    }
    return publicKeys.computeIfAbsent(pem, Sm2PublicKey::fromPem);
  }
}
