package org.onewindow.crypto.ticket;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.onewindow.crypto.CryptoException;

/**
 * The clear header of a ticket: everything an app must check before it decrypts anything. Its exact
 * bytes are both signed and the SM4-GCM additional data, so the user info cannot be moved under
 * another header. Layout, big-endian:
 *
 * <pre>
 *   1 byte   version: 0x01, or 0x02 where claims are JSON (see {@link JsonClaims})
 *   1 byte   user-info format: 0x01 bytes, 0x02 claims
 *   1 byte   length L of the app id, 1..128
 *   L bytes  app id, printable ASCII (0x21..0x7e)
 *   8 bytes  issue time, epoch milliseconds, signed
 *   8 bytes  expiry time, epoch milliseconds, signed; later than the issue time
 *  16 bytes  ticket id: a random nonce, the replay key
 * </pre>
 */
record TicketHeader(
    int version,
    UserInfoFormat format,
    String appId,
    Instant issuedAt,
    Instant expiresAt,
    byte[] ticketId) {

  /** Claims in the length-prefixed encoding of {@link Claims}. */
  static final int VERSION_1 = 1;

  /**
   * Claims as a JSON object ({@link JsonClaims}), for apps whose language has a JSON parser but no
   * reason to write a binary one. The layout of the header is the same; opaque bytes read alike.
   */
  static final int VERSION_2 = 2;

  static final int TICKET_ID_LENGTH = 16;
  static final int MAX_APP_ID_LENGTH = 128;
  private static final int FIXED_LENGTH = 3 + 8 + 8 + TICKET_ID_LENGTH;

  /** Whether {@code appId} may appear in a ticket: 1..128 printable ASCII characters. */
  static boolean isValidAppId(String appId) {
    if (appId == null || appId.isEmpty() || appId.length() > MAX_APP_ID_LENGTH) {
      return false;
    }
    return appId.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
  }

  byte[] encode() {
    byte[] app = appId.getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(FIXED_LENGTH + app.length)
        .put((byte) version)
        .put((byte) format.tag())
        .put((byte) app.length)
        .put(app)
        .putLong(issuedAt.toEpochMilli())
        .putLong(expiresAt.toEpochMilli())
        .put(ticketId)
        .array();
  }

  /**
   * Reads a header, insisting on the exact layout: a known version and format, a valid app id, an
   * expiry after the issue time and not one byte more or less.
   *
   * @throws CryptoException naming the first fault
   */
  static TicketHeader decode(byte[] bytes) {
    if (bytes.length < FIXED_LENGTH + 1) {
      throw new CryptoException("header too short");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    int version = in.get() & 0xff;
    if (version != VERSION_1 && version != VERSION_2) {
      throw new CryptoException("unknown ticket version " + version);
    }
    UserInfoFormat format = UserInfoFormat.ofTag(in.get() & 0xff);
    if (format == null) {
      throw new CryptoException("unknown user-info format");
    }
    int appLength = in.get() & 0xff;
    if (bytes.length != FIXED_LENGTH + appLength) {
      throw new CryptoException("header length does not match its app id length");
    }
    byte[] app = new byte[appLength];
    in.get(app);
    String appId = new String(app, StandardCharsets.US_ASCII);
    if (!isValidAppId(appId)) {
      throw new CryptoException("invalid app id in header");
    }
    long issued = in.getLong();
    long expires = in.getLong();
    if (expires <= issued) {
      throw new CryptoException("expiry not after issue time");
    }
    byte[] ticketId = new byte[TICKET_ID_LENGTH];
    in.get(ticketId);
    return new TicketHeader(
        version,
        format,
        appId,
        Instant.ofEpochMilli(issued),
        Instant.ofEpochMilli(expires),
        ticketId);
  }
}
