package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record of one connectivity test of an interface (000 9.4.3): what was sent, what came back
 * (masked, 000 9.4.5), whether the answer is the {@code process_response} envelope, and which
 * sensitive words were found (9.4.3 b). Kept for the reviewer, who approves on the evidence.
 */
@Entity
@Table(
    name = "ow_interface_test",
    indexes = @Index(name = "ix_interface_test", columnList = "interface_id, tested_at"))
public class InterfaceTestRecord {

  /** How much of the answer a record keeps; the panel shows the same excerpt. */
  public static final int MAX_EXCERPT = 8000;

  public static final int MAX_TEXT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "interface_id", nullable = false)
  private long interfaceId;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "tested_by", nullable = false, length = 100)
  private String testedBy;

  @Column(name = "tested_at", nullable = false)
  private Instant testedAt;

  /** Method, address and the parameters sent, masked. */
  @Column(name = "request_summary", nullable = false, length = MAX_TEXT)
  private String requestSummary;

  @Column(name = "outcome", nullable = false, length = 32)
  private String outcome;

  @Column(name = "http_status", nullable = false)
  private int httpStatus;

  @Column(name = "latency_ms", nullable = false)
  private long latencyMillis;

  /** The 003 Annex A code of the outcome: 0, or 20001 / 300xx. */
  @Column(name = "code", nullable = false)
  private int code;

  @Column(name = "message", nullable = false, length = 500)
  private String message;

  @Column(name = "conforms", nullable = false)
  private boolean conforms;

  @Column(name = "findings", nullable = false, length = MAX_TEXT)
  private String findings;

  @Column(name = "sensitive_words", nullable = false, length = MAX_TEXT)
  private String sensitiveWords;

  @Column(name = "headers", nullable = false, length = MAX_TEXT)
  private String headers;

  @Lob
  @Column(name = "response_excerpt", nullable = false)
  private String responseExcerpt;

  protected InterfaceTestRecord() {
    // for JPA
  }

  /** A record of a test; every text is cut to its column (the caller masks). */
  public InterfaceTestRecord(
      long interfaceId,
      int revision,
      String testedBy,
      Instant testedAt,
      String requestSummary,
      String outcome,
      int httpStatus,
      long latencyMillis,
      int code,
      String message,
      boolean conforms,
      String findings,
      String sensitiveWords,
      String headers,
      String responseExcerpt) {
    this.interfaceId = interfaceId;
    this.revision = revision;
    this.testedBy = testedBy;
    this.testedAt = testedAt;
    this.requestSummary = cut(requestSummary, MAX_TEXT);
    this.outcome = outcome;
    this.httpStatus = httpStatus;
    this.latencyMillis = latencyMillis;
    this.code = code;
    this.message = cut(message, 500);
    this.conforms = conforms;
    this.findings = cut(findings, MAX_TEXT);
    this.sensitiveWords = cut(sensitiveWords, MAX_TEXT);
    this.headers = cut(headers, MAX_TEXT);
    this.responseExcerpt = cut(responseExcerpt, MAX_EXCERPT);
  }

  private static String cut(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public long getInterfaceId() {
    return interfaceId;
  }

  public int getRevision() {
    return revision;
  }

  public String getTestedBy() {
    return testedBy;
  }

  public Instant getTestedAt() {
    return testedAt;
  }

  public String getRequestSummary() {
    return requestSummary;
  }

  public String getOutcome() {
    return outcome;
  }

  public int getHttpStatus() {
    return httpStatus;
  }

  public long getLatencyMillis() {
    return latencyMillis;
  }

  public int getCode() {
    return code;
  }

  public String getMessage() {
    return message;
  }

  public boolean isConforms() {
    return conforms;
  }

  public String getFindings() {
    return findings;
  }

  public String getSensitiveWords() {
    return sensitiveWords;
  }

  public String getHeaders() {
    return headers;
  }

  public String getResponseExcerpt() {
    return responseExcerpt;
  }
}
