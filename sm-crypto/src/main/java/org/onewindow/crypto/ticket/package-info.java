/**
 * User-info tickets of the national mobile end's access flow (000 9.2.1 c–e): a light app's front
 * end gets a one-time ticket from the JSSDK, the app's backend exchanges it with the platform, and
 * the platform answers with the user's info SM4-encrypted under the app's key and SM2-signed by the
 * platform (000 9.4.4 a). {@link org.onewindow.crypto.ticket.TicketSealer} writes that answer on
 * the platform; {@link org.onewindow.crypto.ticket.TicketOpener} is the SDK call that checks and
 * decrypts it in the app.
 *
 * <p>Wire format (detailed in {@code TicketSealer} and {@code TicketHeader}): {@code
 * B64U(header).B64U(SM4-GCM(user info, aad = header)).B64U(SM2 signature)}, with the header {@code
 * version || format || appId || issuedAt || expiresAt || ticketId} in a fixed binary layout.
 *
 * <p>Rejections carry a {@link org.onewindow.crypto.ticket.TicketError} with the 003 Annex A code
 * to answer with: 20000 malformed, 10005 bad signature, not yet valid or replayed, 10008 wrong app,
 * 10007 expired, 20004 decryption failed.
 */
package org.onewindow.crypto.ticket;
