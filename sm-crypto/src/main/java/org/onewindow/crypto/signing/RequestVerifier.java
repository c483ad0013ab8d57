package org.onewindow.crypto.signing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.replay.NonceStore;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/**
 * The platform's check of a signed interface call (000 9.4.4 a). Thread-safe if its {@link
 * AppPublicKeys} and {@link NonceStore} are.
 *
 * <p>{@link #verify} checks, in this order, and stops at the first failure:
 *
 * <ol>
 *   <li>all four {@link SignatureHeaders} are present ({@link RequestError#MISSING_HEADER});
 *   <li>they, and the request's method, path and query, are well-formed ({@link
 *       RequestError#MALFORMED});
 *   <li>the app key is registered ({@link RequestError#UNKNOWN_APP});
 *   <li>the timestamp lies within the allowed skew of now, either side ({@link
 *       RequestError#TIMESTAMP_OUT_OF_WINDOW});
 *   <li>the signature verifies over the recomputed canonical request ({@link
 *       RequestError#BAD_SIGNATURE});
 *   <li>the nonce has not been used by this app within the window ({@link RequestError#REPLAYED}).
 * </ol>
 *
 * The nonce is spent only after the signature has verified: otherwise anyone could burn an app's
 * nonces, or fill the store, with calls they cannot sign. The cheap checks run first so that an
 * unsigned flood costs no SM2 verification.
 */
public final class RequestVerifier {

  /** Namespace of request nonces in a {@link NonceStore} shared with other one-time values. */
  static final String NONCE_PREFIX = "request:";

  /** A DER SM2 signature is at most 72 bytes, 96 characters of Base64; allow some slack. */
  private static final int MAX_SIGNATURE_LENGTH = 128;

  private final AppPublicKeys appKeys;
  private final Clock clock;
  private final Duration allowedSkew;
  private final NonceStore nonces;

  /** One verifier per app public key (its Z value and point precomputation kept). */
  private final Sm2VerifierCache verifiers;

  /**
   * @param appKeys the registered apps' public keys
   * @param clock the platform's clock
   * @param allowedSkew how far a call's timestamp may lie from now, either way; not negative
   * @param nonces remembers nonces already used; give it the same clock
   */
  public RequestVerifier(
      AppPublicKeys appKeys, Clock clock, Duration allowedSkew, NonceStore nonces) {
    this(appKeys, clock, allowedSkew, nonces, new Sm2VerifierCache());
  }

  /**
   * As above, with verifiers shared beyond this instance: for a request verifier made per request.
   */
  public RequestVerifier(
      AppPublicKeys appKeys,
      Clock clock,
      Duration allowedSkew,
      NonceStore nonces,
      Sm2VerifierCache verifiers) {
    this.verifiers = Objects.requireNonNull(verifiers, "verifiers");
    this.appKeys = Objects.requireNonNull(appKeys, "appKeys");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (allowedSkew.isNegative()) {
      throw new CryptoException("the allowed clock skew cannot be negative");
    }
    this.allowedSkew = allowedSkew;
    this.nonces = Objects.requireNonNull(nonces, "nonces");
  }

  /**
   * Verifies a call whose headers are in a map; header names match case-insensitively, as in HTTP.
   *
   * @throws RequestRejectedException with the first check that failed
   */
  public VerifiedRequest verify(RequestParts request, Map<String, String> headers) {
    Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    byName.putAll(headers);
    return verify(request, byName::get);
  }

  /**
   * Verifies a call, reading headers through {@code header} (for instance {@code
   * servletRequest::getHeader}), which returns {@code null} for an absent header.
   *
   * @throws RequestRejectedException with the first check that failed
   */
  public VerifiedRequest verify(RequestParts request, Function<String, String> header) {
    // 1. Presence.
    String appKey = required(header, SignatureHeaders.APP_KEY);
    String timestampText = required(header, SignatureHeaders.TIMESTAMP);
    String nonce = required(header, SignatureHeaders.NONCE);
    String signatureText = required(header, SignatureHeaders.SIGNATURE);

    // 2. Formats; the canonical request refuses values that could break its lines.
    long timestamp = parseTimestamp(timestampText);
    byte[] signature = decodeSignature(signatureText);
    CanonicalRequest canonical;
    try {
      canonical = CanonicalRequest.of(request, appKey, timestamp, nonce);
    } catch (CryptoException e) {
      throw reject(RequestError.MALFORMED, e.getMessage());
    }

    // 3. 000 9.4.4 a: the app must have registered a public key.
    Optional<Sm2PublicKey> publicKey = appKeys.publicKey(appKey);
    if (publicKey.isEmpty()) {
      throw reject(RequestError.UNKNOWN_APP, "no public key is registered for this app key");
    }

    // 4. Freshness: a stale or future-dated call is refused before any SM2 work.
    Instant signedAt = Instant.ofEpochMilli(timestamp);
    Instant now = clock.instant();
    if (now.isBefore(signedAt.minus(allowedSkew)) || now.isAfter(signedAt.plus(allowedSkew))) {
      throw reject(
          RequestError.TIMESTAMP_OUT_OF_WINDOW,
          "the timestamp is more than " + allowedSkew + " off");
    }

    // 5. 000 9.4.4 a: SM3withSM2, default ID, over the canonical request recomputed here.
    if (!verifies(publicKey.get(), canonical, signature)) {
      throw reject(RequestError.BAD_SIGNATURE, "the signature does not match the request");
    }

    // 6. Single use. Past signedAt + skew step 4 refuses the call anyway, so the store may forget.
    if (!nonces.markUsed(NONCE_PREFIX + appKey + ":" + nonce, signedAt.plus(allowedSkew))) {
      throw reject(RequestError.REPLAYED, "the nonce was already used");
    }
    return new VerifiedRequest(appKey, signedAt, nonce);
  }

  private static String required(Function<String, String> header, String name) {
    String value = header.apply(name);
    if (value == null || value.isEmpty()) {
      throw reject(RequestError.MISSING_HEADER, name + " is missing");
    }
    return value;
  }

  /** Decimal digits only: no sign, no spaces, at most 18 digits so it cannot overflow. */
  private static long parseTimestamp(String text) {
    if (text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw reject(RequestError.MALFORMED, SignatureHeaders.TIMESTAMP + " is not epoch millis");
    }
    return Long.parseLong(text);
  }

  /** Canonical padded Base64 only, so a signature has one spelling. */
  private static byte[] decodeSignature(String text) {
    if (text.length() <= MAX_SIGNATURE_LENGTH) {
      try {
        byte[] signature = Base64.getDecoder().decode(text);
        if (signature.length > 0 && Base64.getEncoder().encodeToString(signature).equals(text)) {
          return signature;
        }
      } catch (IllegalArgumentException e) {
        // fall through to the rejection
      }
    }
    throw reject(RequestError.MALFORMED, SignatureHeaders.SIGNATURE + " is not Base64 DER");
  }

  private boolean verifies(Sm2PublicKey key, CanonicalRequest canonical, byte[] signature) {
    try {
      return verifiers.forKey(key).verify(canonical.bytes(), signature);
    } catch (RuntimeException e) {
      return false; // an unreadable signature is simply not a valid one
    }
  }

  private static RequestRejectedException reject(RequestError error, String detail) {
    return new RequestRejectedException(error, detail);
  }
}
