package org.onewindow.crypto.signing;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm2.Sm2FastSigner;
import org.onewindow.crypto.sm2.Sm2PrivateKey;

/**
 * Signs an app's interface calls to the platform with the app's SM2 private key (000 9.4.4 a): SM3
 * with SM2, the default ID {@code 1234567812345678}, over the {@link CanonicalRequest}.
 * Thread-safe.
 */
public final class RequestSigner {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NONCE_BYTES = 16;

  private final String appKey;
  private final Sm2FastSigner signer;
  private final Clock clock;

  public RequestSigner(String appKey, Sm2PrivateKey privateKey, Clock clock) {
    if (!CanonicalRequest.isValidAppKey(appKey)) {
      throw new CryptoException("an app key is 1..128 printable ASCII characters");
    }
    this.appKey = appKey;
    this.signer = new Sm2FastSigner(Objects.requireNonNull(privateKey, "privateKey"));
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Signs {@code request} now, under a fresh random nonce. */
  public SignatureHeaders sign(RequestParts request) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    return sign(
        request, clock.millis(), Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
  }

  /**
   * Signs with a given timestamp and nonce, for peers that dictate the nonce and for tests. A nonce
   * must never be used twice: the platform refuses the second call.
   */
  public SignatureHeaders sign(RequestParts request, long timestampMillis, String nonce) {
    CanonicalRequest canonical = CanonicalRequest.of(request, appKey, timestampMillis, nonce);
    byte[] signature = signer.sign(canonical.bytes());
    return new SignatureHeaders(
        appKey, timestampMillis, nonce, Base64.getEncoder().encodeToString(signature));
  }
}
