package org.onewindow.crypto.ticket;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.replay.NonceStore;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm2.Sm2Verifier;
import org.onewindow.crypto.sm4.Sm4Gcm;
import org.onewindow.crypto.sm4.Sm4Key;

/**
 * The app's side of the user-info exchange (000 9.2.1 e): the platform SDK call that turns the
 * platform's answer into user info. One opener per app; thread-safe if its {@link NonceStore} is.
 *
 * <p>{@link #open} checks, in this order, and stops at the first failure:
 *
 * <ol>
 *   <li>well-formed: three canonical Base64url parts and a valid header ({@link
 *       TicketError#MALFORMED});
 *   <li>the platform's signature ({@link TicketError#BAD_SIGNATURE});
 *   <li>addressed to this app ({@link TicketError#WRONG_APP});
 *   <li>inside its time window, widened by the allowed clock skew on both sides ({@link
 *       TicketError#NOT_YET_VALID}, {@link TicketError#EXPIRED});
 *   <li>not seen before ({@link TicketError#REPLAYED});
 *   <li>the user info decrypts under this app's key ({@link TicketError#DECRYPTION_FAILED}).
 * </ol>
 *
 * The signature comes before everything that trusts the header, and the replay check after it, so a
 * forged ticket cannot consume a genuine ticket's id. Decryption comes last because it is the only
 * step that touches personal data.
 */
public final class TicketOpener {

  /** Longer input is not a ticket {@link TicketSealer} could have written. */
  public static final int MAX_TICKET_LENGTH = 32 * 1024;

  /** Namespace of ticket ids in a {@link NonceStore} shared with other one-time values. */
  static final String NONCE_PREFIX = "ticket:";

  private final Sm2Verifier platformKey;
  private final String appId;
  private final Sm4Key appKey;
  private final Clock clock;
  private final Duration allowedSkew;
  private final NonceStore nonces;

  /**
   * @param platformKey the platform's SM2 public key, as published to light apps
   * @param appId this app's id; tickets for any other app are refused
   * @param appKey this app's SM4 key, shared with the platform when the app was registered
   * @param clock the app's clock
   * @param allowedSkew how far the platform's clock may differ from {@code clock}; not negative
   * @param nonces remembers ticket ids already opened; give it the same clock
   */
  public TicketOpener(
      Sm2PublicKey platformKey,
      String appId,
      Sm4Key appKey,
      Clock clock,
      Duration allowedSkew,
      NonceStore nonces) {
    this.platformKey = new Sm2Verifier(Objects.requireNonNull(platformKey, "platformKey"));
    if (!TicketHeader.isValidAppId(appId)) {
      throw new CryptoException("an app id is 1..128 printable ASCII characters");
    }
    this.appId = appId;
    this.appKey = Objects.requireNonNull(appKey, "appKey");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (allowedSkew.isNegative()) {
      throw new CryptoException("the allowed clock skew cannot be negative");
    }
    this.allowedSkew = allowedSkew;
    this.nonces = Objects.requireNonNull(nonces, "nonces");
  }

  /**
   * Checks a sealed ticket and returns the user info in it.
   *
   * @throws TicketRejectedException with the first check that failed
   */
  public OpenedTicket open(String ticket) {
    // 1. Well-formed. Nothing below trusts the header until the signature is checked.
    Parts parts = Parts.parse(ticket);
    TicketHeader header;
    try {
      header = TicketHeader.decode(parts.header());
    } catch (CryptoException e) {
      throw reject(TicketError.MALFORMED, e.getMessage());
    }

    // 2. 000 9.4.4 a: the platform signed exactly this text.
    if (!verifies(parts)) {
      throw reject(TicketError.BAD_SIGNATURE, "the platform's signature does not verify");
    }

    // 3. 000 9.2.1 e: user info is sealed for one app; the user authorised that app, not this one.
    if (!header.appId().equals(appId)) {
      throw reject(TicketError.WRONG_APP, "the ticket was issued to another app");
    }

    // 4. Time window, widened by the skew between the platform's clock and ours.
    Instant now = clock.instant();
    if (now.isBefore(header.issuedAt().minus(allowedSkew))) {
      throw reject(TicketError.NOT_YET_VALID, "issued after now plus the allowed skew");
    }
    Instant lastAccepted = header.expiresAt().plus(allowedSkew);
    if (!now.isBefore(lastAccepted)) {
      throw reject(TicketError.EXPIRED, "the ticket expired at " + header.expiresAt());
    }

    // 5. 000 9.2.1 d: the ticket is one-time. Past lastAccepted step 4 refuses it anyway, so the
    // store need not remember it longer.
    if (!nonces.markUsed(NONCE_PREFIX + Base64Url.encode(header.ticketId()), lastAccepted)) {
      throw reject(TicketError.REPLAYED, "the ticket was already used");
    }

    // 6. 000 9.2.1 e: decrypt with the app's SM4 key; the header is the additional data.
    byte[] userInfo;
    try {
      userInfo = Sm4Gcm.open(appKey, parts.sealed(), parts.header());
    } catch (CryptoException e) {
      throw reject(TicketError.DECRYPTION_FAILED, "the user info does not decrypt with this key");
    }
    Map<String, String> claims = null;
    if (header.format() == UserInfoFormat.CLAIMS) {
      claims =
          header.version() == TicketHeader.VERSION_2
              ? JsonClaims.decode(userInfo)
              : Claims.decode(userInfo);
      if (claims == null) {
        throw reject(TicketError.DECRYPTION_FAILED, "the decrypted claims are not well-formed");
      }
    }
    return new OpenedTicket(header, userInfo, claims);
  }

  private boolean verifies(Parts parts) {
    try {
      return platformKey.verify(parts.signedText(), parts.signature());
    } catch (RuntimeException e) {
      return false; // an unreadable signature is simply not a valid one
    }
  }

  static TicketRejectedException reject(TicketError error, String detail) {
    return new TicketRejectedException(error, detail);
  }

  /** The three decoded parts of a ticket and the text its signature covers. */
  private record Parts(byte[] header, byte[] sealed, byte[] signature, byte[] signedText) {

    static Parts parse(String ticket) {
      if (ticket == null || ticket.isEmpty()) {
        throw reject(TicketError.MALFORMED, "no ticket");
      }
      if (ticket.length() > MAX_TICKET_LENGTH) {
        throw reject(TicketError.MALFORMED, "longer than any ticket");
      }
      String[] parts = ticket.split("\\.", -1);
      if (parts.length != 3) {
        throw reject(TicketError.MALFORMED, "a ticket has three parts separated by '.'");
      }
      byte[] header = Base64Url.decode(parts[0]);
      byte[] sealed = Base64Url.decode(parts[1]);
      byte[] signature = Base64Url.decode(parts[2]);
      if (header == null || sealed == null || signature == null) {
        throw reject(TicketError.MALFORMED, "a part is not canonical unpadded Base64url");
      }
      if (sealed.length < Sm4Gcm.NONCE_LENGTH + Sm4Gcm.TAG_LENGTH || signature.length == 0) {
        throw reject(TicketError.MALFORMED, "a part is too short");
      }
      int signedLength = parts[0].length() + 1 + parts[1].length();
      byte[] signedText = ticket.substring(0, signedLength).getBytes(StandardCharsets.US_ASCII);
      return new Parts(header, sealed, signature, signedText);
    }
  }
}
