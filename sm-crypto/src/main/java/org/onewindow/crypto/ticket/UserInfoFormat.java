package org.onewindow.crypto.ticket;

/**
 * What the encrypted user info of a ticket holds. The format is part of the signed header, so an
 * app never has to guess how to read the plaintext.
 */
public enum UserInfoFormat {
  /** Opaque bytes the platform and the app agreed on (often UTF-8 JSON). */
  BYTES(1),
  /** Name-value claims in the ticket's own length-prefixed encoding (see {@link TicketSealer}). */
  CLAIMS(2);

  private final int tag;

  UserInfoFormat(int tag) {
    this.tag = tag;
  }

  /** The header byte for this format. */
  int tag() {
    return tag;
  }

  /** The format with header byte {@code tag}, or {@code null} for an unknown one. */
  static UserInfoFormat ofTag(int tag) {
    for (UserInfoFormat format : values()) {
      if (format.tag == tag) {
        return format;
      }
    }
    return null;
  }
}
