package org.onewindow.filing.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a filing record states (000 10; issue 18 item 3) and what its SM2 signature covers: the
 * filing number, the app and its unit, the package's version and fingerprints, the validity period,
 * and which platform key signed it. Its canonical bytes are specified in {@code
 * docs/wire-formats.md} so that anyone can check a record's signature with their own tools.
 *
 * @param filingNumber the record's number ({@link FilingNumber})
 * @param appName the app's filed name
 * @param unitName the responsible department (负责部门)
 * @param divisionCode the unit's six-digit administrative division code (GB/T 2260)
 * @param platform the install package's kind
 * @param packageName the package's identity
 * @param versionName the version users see
 * @param versionCode the version's number
 * @param packageSm3Hex SM3 of the install package, 64 lower-case hex digits
 * @param certificateSm3Hex SM3 of the signer's certificate, 64 hex digits; empty where the package
 *     kind carries none
 * @param issuedAt when the record was issued
 * @param validFrom first day of validity (China Standard Time)
 * @param validUntil last day of validity (China Standard Time)
 * @param keyId the platform signing key's id
 */
public record RecordFacts(
    String filingNumber,
    String appName,
    String unitName,
    String divisionCode,
    PackagePlatform platform,
    String packageName,
    String versionName,
    long versionCode,
    String packageSm3Hex,
    String certificateSm3Hex,
    Instant issuedAt,
    LocalDate validFrom,
    LocalDate validUntil,
    String keyId)
    implements Serializable {}
