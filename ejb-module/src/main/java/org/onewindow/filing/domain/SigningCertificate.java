package org.onewindow.filing.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * A certificate an install package is signed with, as the filing shows and compares it: two
 * packages are signed by the same key when their certificates' fingerprints are equal.
 *
 * @param subject the certificate's subject distinguished name (RFC 2253)
 * @param sha256Hex SHA-256 of the DER certificate, 64 lower-case hex digits (how Android tools and
 *     app markets name a signer)
 * @param sm3Hex SM3 of the DER certificate, 64 lower-case hex digits (the record's fingerprint)
 * @param notAfter the end of the certificate's validity
 */
public record SigningCertificate(String subject, String sha256Hex, String sm3Hex, Instant notAfter)
    implements Serializable {}
