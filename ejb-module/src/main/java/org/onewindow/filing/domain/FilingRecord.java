package org.onewindow.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;

/**
 * A filing record (备案凭证, issue 18 item 3): what the approval of a filing states ({@link
 * RecordFacts}) with the platform's SM2 signature over it, and its revocation. The facts never
 * change after issue; only a revocation is added.
 */
@Entity
@Table(
    name = "ow_filing_record",
    uniqueConstraints = {
      @UniqueConstraint(name = "uk_filing_record_number", columnNames = "filing_number"),
      @UniqueConstraint(name = "uk_filing_record_filing", columnNames = "filing_id")
    })
public class FilingRecord {

  public static final int MAX_REASON = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "filing_id", nullable = false)
  private long filingId;

  @Column(name = "filing_number", nullable = false, length = 24)
  private String filingNumber;

  @Column(name = "app_name", nullable = false, length = Filing.MAX_APP_NAME)
  private String appName;

  @Column(name = "unit_name", nullable = false, length = 100)
  private String unitName;

  @Column(name = "division_code", nullable = false, length = 6)
  private String divisionCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "platform", nullable = false, length = 16)
  private PackagePlatform platform;

  @Column(name = "package_name", nullable = false, length = 255)
  private String packageName;

  @Column(name = "version_name", nullable = false, length = 100)
  private String versionName;

  @Column(name = "version_code", nullable = false)
  private long versionCode;

  @Column(name = "package_sm3", nullable = false, length = 64)
  private String packageSm3;

  @Column(name = "certificate_sm3", nullable = false, length = 64)
  private String certificateSm3;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "valid_from", nullable = false)
  private Instant validFrom;

  @Column(name = "valid_until", nullable = false)
  private Instant validUntil;

  @Column(name = "key_id", nullable = false, length = 40)
  private String keyId;

  /** The SM2 signature (SM3withSM2, DER) over the facts' canonical bytes, Base64. */
  @Column(name = "signature", nullable = false, length = 200)
  private String signature;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 100)
  private String revokedBy;

  @Column(name = "revoke_reason", length = MAX_REASON)
  private String revokeReason;

  @Version private long version;

  protected FilingRecord() {
    // for JPA
  }

  public FilingRecord(long filingId, RecordFacts facts, String signature) {
    this.filingId = filingId;
    this.filingNumber = facts.filingNumber();
    this.appName = facts.appName();
    this.unitName = facts.unitName();
    this.divisionCode = facts.divisionCode();
    this.platform = facts.platform();
    this.packageName = facts.packageName();
    this.versionName = facts.versionName();
    this.versionCode = facts.versionCode();
    this.packageSm3 = facts.packageSm3Hex();
    this.certificateSm3 = facts.certificateSm3Hex();
    this.issuedAt = facts.issuedAt();
    this.validFrom = facts.validFrom();
    this.validUntil = facts.validUntil();
    this.keyId = facts.keyId();
    this.signature = signature;
  }

  /** What the record states, as signed. */
  public RecordFacts facts() {
    return new RecordFacts(
        filingNumber,
        appName,
        unitName,
        divisionCode,
        platform,
        packageName,
        versionName,
        versionCode,
        packageSm3,
        certificateSm3,
        issuedAt,
        validFrom,
        validUntil,
        keyId);
  }

  /**
   * Revokes the record (a reviewer, with a reason).
   *
   * @throws StateConflictException when it is revoked already
   * @throws InvalidInputException when the reason is missing or too long
   */
  public void revoke(String reviewer, String reason, Instant at) {
    if (revokedAt != null) {
      throw StateConflictException.keyed("filing.record.alreadyRevoked", filingNumber);
    }
    String why = InputRules.multiLine("reason", reason);
    if (why.isEmpty()) {
      throw InvalidInputException.keyed("reason", "filing.record.revokeReasonMissing");
    }
    if (why.length() > MAX_REASON) {
      throw InvalidInputException.keyed(
          "reason", "filing.record.revokeReasonTooLong", String.valueOf(MAX_REASON));
    }
    revokedAt = at;
    revokedBy = reviewer;
    revokeReason = why;
  }

  public Long getId() {
    return id;
  }

  public long getFilingId() {
    return filingId;
  }

  public String getFilingNumber() {
    return filingNumber;
  }

  public String getSignature() {
    return signature;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public String getRevokeReason() {
    return revokeReason;
  }
}
