package org.onewindow.web.api.filing;

import java.time.Instant;
import org.onewindow.filing.domain.PackagePlatform;
import org.onewindow.filing.domain.RecordFacts;

/**
 * A filing record presented in full for verification: its facts, as its PDF or API answer shows
 * them, and the signature.
 */
public record VerificationRequest(
    String filingNumber,
    String appName,
    String unitName,
    String divisionCode,
    String platform,
    String packageName,
    String versionName,
    Long versionCode,
    String packageSm3Hex,
    String certificateSm3Hex,
    Instant issuedAt,
    Instant validFrom,
    Instant validUntil,
    String keyId,
    String signature) {

  /** The facts as presented, or null when a needed part is missing or unreadable. */
  RecordFacts facts() {
    if (filingNumber == null
        || platform == null
        || versionCode == null
        || issuedAt == null
        || validFrom == null
        || validUntil == null) {
      return null;
    }
    PackagePlatform kind;
    try {
      kind = PackagePlatform.valueOf(platform);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return new RecordFacts(
        filingNumber,
        nullToEmpty(appName),
        nullToEmpty(unitName),
        nullToEmpty(divisionCode),
        kind,
        nullToEmpty(packageName),
        nullToEmpty(versionName),
        versionCode,
        nullToEmpty(packageSm3Hex),
        nullToEmpty(certificateSm3Hex),
        issuedAt,
        validFrom,
        validUntil,
        nullToEmpty(keyId));
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
