package org.onewindow.identity.service;

import java.time.Instant;

/**
 * A code just issued to its holder: the token, the text its QR code carries (the public
 * verification page's address with the token), the QR code as a PNG, what it says of the holder,
 * and when to fetch the next one.
 */
public record IssuedHolderCode(
    String token,
    String qrText,
    byte[] qrPng,
    String maskedName,
    int level,
    Instant issuedAt,
    Instant expiresAt,
    Instant refreshAt) {}
