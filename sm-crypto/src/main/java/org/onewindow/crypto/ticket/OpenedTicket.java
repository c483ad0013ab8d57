package org.onewindow.crypto.ticket;

import java.time.Instant;
import java.util.Map;

/**
 * A ticket that passed every check of {@link TicketOpener}: genuine, for this app, in its time
 * window, used for the first time, and decrypted. Immutable.
 */
public final class OpenedTicket {

  private final int version;
  private final String appId;
  private final Instant issuedAt;
  private final Instant expiresAt;
  private final String ticketId;
  private final UserInfoFormat format;
  private final byte[] userInfo;
  private final Map<String, String> claims;

  OpenedTicket(TicketHeader header, byte[] userInfo, Map<String, String> claims) {
    this.version = header.version();
    this.appId = header.appId();
    this.issuedAt = header.issuedAt();
    this.expiresAt = header.expiresAt();
    this.ticketId = Base64Url.encode(header.ticketId());
    this.format = header.format();
    this.userInfo = userInfo.clone();
    this.claims = claims;
  }

  /** The header's version: 1, or 2 where the claims were JSON. */
  public int version() {
    return version;
  }

  public String appId() {
    return appId;
  }

  /** When the platform issued the ticket, to the millisecond. */
  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** The ticket's random 128-bit id as unpadded Base64url (22 characters), for audit logs. */
  public String ticketId() {
    return ticketId;
  }

  public UserInfoFormat format() {
    return format;
  }

  /**
   * The decrypted user info (a copy); for {@link UserInfoFormat#CLAIMS}, its encoding (the
   * length-prefixed one in version 1, UTF-8 JSON in version 2).
   */
  public byte[] userInfo() {
    return userInfo.clone();
  }

  /**
   * The decrypted claims, in name order, unmodifiable.
   *
   * @throws IllegalStateException if the platform sealed opaque {@link UserInfoFormat#BYTES}
   */
  public Map<String, String> claims() {
    if (claims == null) {
      throw new IllegalStateException("this ticket carries opaque bytes, not claims");
    }
    return claims;
  }

  @Override
  public String toString() {
    // No user info: it is personal data (003 6.3.2.3), and toString ends up in logs.
    return "OpenedTicket[app=" + appId + ", id=" + ticketId + ", expires=" + expiresAt + "]";
  }
}
