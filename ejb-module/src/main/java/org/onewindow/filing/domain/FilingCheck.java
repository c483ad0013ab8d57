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
import java.time.Instant;
import java.util.List;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;

/**
 * One item of checklist 000 10.3 for one revision of a filing: the platform's pre-judgement, made
 * when the revision was submitted, and the reviewer's verdict and note. A failed item's note is its
 * reason in the rejection.
 */
@Entity
@Table(
    name = "ow_filing_check",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_filing_check",
            columnNames = {"filing_id", "revision", "item"}))
public class FilingCheck {

  public static final int MAX_NOTE = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "filing_id", nullable = false)
  private long filingId;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(name = "item", nullable = false, length = 1)
  private ChecklistItem item;

  @Enumerated(EnumType.STRING)
  @Column(name = "machine_verdict", nullable = false, length = 16)
  private Verdict machineVerdict;

  @Column(name = "machine_findings", nullable = false, length = 4000)
  private String machineFindings;

  @Enumerated(EnumType.STRING)
  @Column(name = "verdict", nullable = false, length = 16)
  private Verdict verdict;

  @Column(name = "note", nullable = false, length = MAX_NOTE)
  private String note;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected FilingCheck() {
    // for JPA
  }

  /** The item as the platform pre-judged it; the reviewer starts from that verdict. */
  public static FilingCheck prejudged(
      long filingId, int revision, ChecklistItem item, Prejudgement judged) {
    FilingCheck check = new FilingCheck();
    check.filingId = filingId;
    check.revision = revision;
    check.item = item;
    check.machineVerdict = judged.verdict();
    check.machineFindings = Finding.write(judged.findings());
    check.verdict = Verdict.PENDING;
    check.note = "";
    return check;
  }

  /**
   * The reviewer's verdict. A failed item must say why: its note is the rejection's reason.
   *
   * @throws InvalidInputException when a failed item has no note, or the note is too long
   */
  public void decide(Verdict given, String text, String reviewer, Instant at) {
    String why = InputRules.multiLine("note", text);
    if (given == Verdict.FAIL && why.isEmpty()) {
      throw InvalidInputException.keyed("note", "filing.check.noteMissing", item.letter());
    }
    if (why.length() > MAX_NOTE) {
      throw InvalidInputException.keyed(
          "note", "filing.check.noteTooLong", String.valueOf(MAX_NOTE));
    }
    verdict = given;
    note = why;
    decidedBy = reviewer;
    decidedAt = at;
  }

  public long getFilingId() {
    return filingId;
  }

  public int getRevision() {
    return revision;
  }

  public ChecklistItem getItem() {
    return item;
  }

  public Verdict getMachineVerdict() {
    return machineVerdict;
  }

  public List<Finding> getMachineFindings() {
    return Finding.read(machineFindings);
  }

  public Verdict getVerdict() {
    return verdict;
  }

  public String getNote() {
    return note;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
