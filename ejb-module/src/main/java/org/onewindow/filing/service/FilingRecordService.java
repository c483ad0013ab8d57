package org.onewindow.filing.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.onewindow.common.InputRules;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.filing.domain.Filing;
import org.onewindow.filing.domain.FilingRecord;
import org.onewindow.filing.domain.RecordFacts;
import org.onewindow.filing.domain.RecordStatus;
import org.onewindow.filing.infrastructure.FilingRecordPdf;
import org.onewindow.notice.Notices;
import org.onewindow.ops.audit.AuditService;

/**
 * Filing records after issue (issue 18 item 3): the record of a filing for its unit and the
 * reviewers, its PDF, revocation by a reviewer with a reason, and the public verification anyone
 * may ask without logging in — the signature first (a record changed by one byte, or signed by no
 * key of the platform's, is {@code TAMPERED}), then whether the platform keeps it ({@code
 * UNKNOWN}), then revocation and validity.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.FILING_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class FilingRecordService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject FilingSigningKeys keys;

  @Inject Clock clock;

  /**
   * The record of a filing the caller may see.
   *
   * @throws NotFoundException when the filing is not the caller's to see or has no record
   */
  public RecordView ofFiling(long filingId) {
    new FilingRecords(em).visible(FilingScope.of(session), filingId);
    return view(
        new FilingRecords(em)
            .recordOf(filingId)
            .orElseThrow(() -> NotFoundException.keyed("filing.record.notFound")));
  }

  /**
   * The record of a filing the caller may see as a one-page PDF (issue 18 item 3) in {@code
   * locale}'s language, its QR code opening the public verification page under {@code publicBase}
   * (the platform's address as its users reach it, e.g. {@code https://zwfw.example.gov.cn}).
   *
   * @throws NotFoundException when the filing is not the caller's to see or has no record
   * @throws org.onewindow.filing.infrastructure.RecordFontMissingException when the server lacks
   *     the font the record's Chinese needs
   */
  public byte[] pdf(long filingId, String publicBase, Locale locale) {
    RecordView record = ofFiling(filingId);
    byte[] signature = Base64.getDecoder().decode(record.signature());
    String url =
        publicBase.replaceAll("/+$", "")
            + VERIFICATION_PAGE
            + "?no="
            + record.filingNumber()
            + "&sig="
            + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new FilingRecordPdf().render(record.facts(), signature, url, locale, out);
    return out.toByteArray();
  }

  /** The public verification page, under the platform's address. */
  public static final String VERIFICATION_PAGE = "/portal/filing-verification.xhtml";

  /**
   * Revokes a record (a filing reviewer or a platform administrator, with a reason); the filing's
   * unit is told in its message centre.
   *
   * @throws NotFoundException when there is no such record
   * @throws org.onewindow.common.StateConflictException when it is revoked already
   * @throws org.onewindow.common.InvalidInputException when the reason is missing or too long
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.FILING_REVIEWER})
  public RecordView revoke(String filingNumber, String reason) {
    FilingRecord record = numbered(filingNumber);
    String reviewer = session.getCallerPrincipal().getName();
    record.revoke(reviewer, reason, clock.instant());
    em.flush();
    Filing filing = em.find(Filing.class, record.getFilingId());
    FilingAudit.record(
        audit,
        clock,
        "FILING_RECORD_REVOKED",
        reviewer,
        filing,
        Messages.text(
            "filing.audit.revoked",
            Messages.PLATFORM_LOCALE,
            record.getFilingNumber(),
            record.getRevokeReason()));
    String link = "filing.xhtml?id=" + filing.getId();
    Notices.post(
        em,
        filing.getReview().authoredBy(),
        "filing.notice.revoked",
        link,
        clock.instant(),
        record.getFilingNumber(),
        record.getRevokeReason());
    return view(record);
  }

  /**
   * Verifies a record by its number and the signature presented with it (the QR code on the
   * record's PDF carries both): public, no login.
   */
  @PermitAll
  public VerificationView verify(String filingNumber, String signature) {
    Optional<FilingRecord> kept = find(filingNumber);
    if (kept.isEmpty()) {
      return VerificationView.of(RecordStatus.UNKNOWN, null, null, "");
    }
    return judged(kept.get(), kept.get().facts(), signature);
  }

  /**
   * Verifies a record as presented in full (its facts and signature, e.g. read from its PDF):
   * public, no login. Any changed byte of any fact fails the signature.
   */
  @PermitAll
  public VerificationView verify(RecordFacts presented, String signature) {
    Optional<FilingRecord> kept = find(presented.filingNumber());
    if (!signatureHolds(presented, signature)) {
      return VerificationView.of(RecordStatus.TAMPERED, null, null, "");
    }
    if (kept.isEmpty() || !kept.get().facts().equals(presented)) {
      return VerificationView.of(RecordStatus.UNKNOWN, null, null, "");
    }
    return judged(kept.get(), presented, signature);
  }

  /** The PEM of a filing-record signing key, for anyone who verifies records with own tools. */
  @PermitAll
  public String publicKey(String keyId) {
    return keys.publicKeyPem(keyId)
        .orElseThrow(() -> NotFoundException.keyed("filing.record.keyNotFound"));
  }

  private VerificationView judged(FilingRecord record, RecordFacts facts, String signature) {
    if (!signatureHolds(facts, signature)) {
      return VerificationView.of(RecordStatus.TAMPERED, null, null, "");
    }
    RecordStatus status = RecordStatus.of(facts, record.getRevokedAt(), clock.instant());
    return VerificationView.of(
        status,
        facts,
        record.getRevokedAt(),
        record.getRevokeReason() == null ? "" : record.getRevokeReason());
  }

  private boolean signatureHolds(RecordFacts facts, String signature) {
    Optional<Sm2PublicKey> key = keys.publicKey(facts.keyId());
    String presented = signature == null ? "" : signature.strip();
    if (key.isEmpty() || presented.isEmpty() || presented.length() > 400) {
      return false;
    }
    try {
      return RecordSigning.verify(key.get(), facts, presented);
    } catch (RuntimeException e) {
      return false; // unreadable Base64 or DER: not the platform's signature
    }
  }

  private Optional<FilingRecord> find(String filingNumber) {
    String number = filingNumber == null ? "" : filingNumber.strip();
    if (number.isEmpty() || number.length() > 24) {
      return Optional.empty();
    }
    InputRules.singleLine("filingNumber", number);
    return new FilingRecords(em).recordNumbered(number);
  }

  private FilingRecord numbered(String filingNumber) {
    return find(filingNumber).orElseThrow(() -> NotFoundException.keyed("filing.record.notFound"));
  }

  private RecordView view(FilingRecord record) {
    RecordFacts facts = record.facts();
    RecordStatus status = RecordStatus.of(facts, record.getRevokedAt(), clock.instant());
    return new RecordView(
            facts,
            record.getSignature(),
            status,
            "",
            record.getRevokedAt(),
            record.getRevokeReason() == null ? "" : record.getRevokeReason())
        .in(Messages.PLATFORM_LOCALE);
  }
}
