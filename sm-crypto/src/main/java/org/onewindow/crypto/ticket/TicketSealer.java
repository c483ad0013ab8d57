package org.onewindow.crypto.ticket;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm2.Sm2FastSigner;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm4.Sm4Gcm;
import org.onewindow.crypto.sm4.Sm4Key;

/**
 * The platform's side of the user-info exchange (000 9.2.1 c–e): a light app's backend presents the
 * one-time ticket its front end got from the JSSDK, and the platform answers with the user's info
 * sealed for that app alone. Thread-safe; one sealer serves every app.
 *
 * <p>A sealed ticket is three parts of unpadded Base64url (RFC 4648 5) joined by {@code '.'}:
 *
 * <pre>
 *   B64U(header) "." B64U(sealed user info) "." B64U(signature)
 * </pre>
 *
 * <ul>
 *   <li><b>header</b>, big-endian: {@code version (1 byte, 0x01, or 0x02 for JSON claims) || format
 *       (1 byte: 0x01 bytes, 0x02 claims) || L (1 byte, 1..128) || app id (L bytes, printable
 *       ASCII) || issue time (8 bytes, epoch ms) || expiry time (8 bytes, epoch ms) || ticket id
 *       (16 random bytes)}.
 *   <li><b>sealed user info</b>: SM4-GCM under the app's key, {@code nonce (12) || ciphertext ||
 *       tag (16)} as {@link Sm4Gcm} writes it, with the header bytes as additional data, so the
 *       user info cannot be moved under another header (000 9.2.1 e). For {@link
 *       UserInfoFormat#CLAIMS} the plaintext is {@code N (2 bytes)} then, per claim in ascending
 *       name order, {@code K (2 bytes) || name (K bytes UTF-8) || V (4 bytes) || value (V bytes
 *       UTF-8)}.
 *   <li><b>signature</b>: SM2 with SM3 and the default ID {@code 1234567812345678}, DER-encoded,
 *       over the ASCII text of the first two parts and the dot between them, as JWS does (RFC 7515
 *       5.1); the platform signs what it sends (000 9.4.4 a).
 * </ul>
 *
 * <p>The signature covers the header in the clear, so an app rejects a ticket meant for another
 * app, or an old one, before it spends anything on decryption; the ticket id makes the answer
 * itself one-time, so a captured answer cannot be replayed to the app backend.
 */
public final class TicketSealer {

  /** One-time tickets live minutes; an hour is already generous. */
  public static final Duration MAX_TTL = Duration.ofHours(1);

  /** The most user info one ticket carries, so that a ticket stays a modest HTTP payload. */
  public static final int MAX_USER_INFO_BYTES = 16 * 1024;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Sm2FastSigner signer;

  public TicketSealer(Sm2PrivateKey platformKey) {
    // One fast signer per platform key: cached (1+d)^-1 and Z, batched nonce points.
    this.signer = new Sm2FastSigner(Objects.requireNonNull(platformKey, "platformKey"));
  }

  /** Seals opaque user info (often UTF-8 JSON the platform and the app agreed on). */
  public String seal(String appId, Sm4Key appKey, byte[] userInfo, Instant issuedAt, Duration ttl) {
    return seal(
        TicketHeader.VERSION_1,
        UserInfoFormat.BYTES,
        appId,
        appKey,
        userInfo.clone(),
        issuedAt,
        ttl);
  }

  /**
   * Seals name-value claims, such as {@code name}, {@code idCardHash}, {@code mobile}. Null names
   * or values and strings that are not well-formed Unicode are refused.
   */
  public String seal(
      String appId, Sm4Key appKey, Map<String, String> claims, Instant issuedAt, Duration ttl) {
    return sealClaims(TicketHeader.VERSION_1, Claims.encode(claims), appId, appKey, issuedAt, ttl);
  }

  /**
   * Seals name-value claims as a version 2 ticket: the plaintext is a UTF-8 JSON object of string
   * members ({@link JsonClaims}), which an app in any language reads with its own JSON parser.
   */
  public String sealJson(
      String appId, Sm4Key appKey, Map<String, String> claims, Instant issuedAt, Duration ttl) {
    return sealClaims(
        TicketHeader.VERSION_2, JsonClaims.encode(claims), appId, appKey, issuedAt, ttl);
  }

  private String sealClaims(
      int version, byte[] claims, String appId, Sm4Key appKey, Instant issuedAt, Duration ttl) {
    return seal(version, UserInfoFormat.CLAIMS, appId, appKey, claims, issuedAt, ttl);
  }

  private String seal(
      int version,
      UserInfoFormat format,
      String appId,
      Sm4Key appKey,
      byte[] plaintext,
      Instant issuedAt,
      Duration ttl) {
    Objects.requireNonNull(appKey, "appKey");
    if (!TicketHeader.isValidAppId(appId)) {
      throw new CryptoException("an app id is 1..128 printable ASCII characters");
    }
    if (ttl.toMillis() < 1 || ttl.compareTo(MAX_TTL) > 0) {
      throw new CryptoException("a ticket lives between 1 ms and " + MAX_TTL);
    }
    if (plaintext.length > MAX_USER_INFO_BYTES) {
      throw new CryptoException("user info exceeds " + MAX_USER_INFO_BYTES + " bytes");
    }
    Instant issued = Instant.ofEpochMilli(issuedAt.toEpochMilli()); // the header keeps millis
    byte[] ticketId = new byte[TicketHeader.TICKET_ID_LENGTH];
    RANDOM.nextBytes(ticketId);
    byte[] header =
        new TicketHeader(
                version, format, appId, issued, issued.plusMillis(ttl.toMillis()), ticketId)
            .encode();

    // 000 9.2.1 e: user info travels SM4-encrypted under the app's key; the header is the AAD.
    byte[] sealed = Sm4Gcm.seal(appKey, plaintext, header);
    String signed = Base64Url.encode(header) + "." + Base64Url.encode(sealed);
    // 000 9.4.4 a: SM3withSM2, default ID, over the text actually sent.
    byte[] signature = signer.sign(signed.getBytes(StandardCharsets.US_ASCII));
    return signed + "." + Base64Url.encode(signature);
  }
}
