package org.onewindow.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.onewindow.review.SubjectKind;

/**
 * One inspection of an interface or an app page (000 8.2.3 c, 8.2.2 a 接口监测), kept per subject:
 * when, what was checked, how it ended, the HTTP status, the time taken and a short reason. No body
 * is kept: an inspection's answer may hold personal data and the reason says what mattered.
 */
@Entity
@Table(
    name = "ow_inspection_record",
    indexes =
        @Index(
            name = "ix_inspection_record_subject",
            columnList = "subject_type, subject_id, inspected_at"))
public class InspectionRecord {

  public static final int MAX_REASON = 300;

  /** A list of findings: {@link PageRender#KEPT} lines of at most 200 characters. */
  public static final int MAX_LIST = 1100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The subject's {@link SubjectKind#name() kind}: open to every registered kind. */
  @Column(name = "subject_type", nullable = false, length = 16)
  private String subjectType;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  @Column(name = "inspected_at", nullable = false)
  private Instant inspectedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "check_kind", nullable = false, length = 24)
  private InspectionCheck check;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 8)
  private InspectionOutcome outcome;

  /** 0 when no response arrived. */
  @Column(name = "http_status", nullable = false)
  private int httpStatus;

  @Column(name = "latency_ms", nullable = false)
  private long latencyMillis;

  @Column(name = "reason", nullable = false, length = MAX_REASON)
  private String reason;

  @Column(name = "node", nullable = false, length = 100)
  private String node;

  /** Whether a page was rendered in a browser; null for an interface (V10). */
  @Enumerated(EnumType.STRING)
  @Column(name = "browser_check", length = 16)
  private BrowserCheck browserCheck;

  @Column(name = "render_errors")
  private Integer renderErrors;

  /** The first few render errors, one a line. */
  @Column(name = "render_messages", length = MAX_LIST)
  private String renderMessages;

  @Column(name = "broken_links")
  private Integer brokenLinks;

  @Column(name = "broken_link_urls", length = MAX_LIST)
  private String brokenLinkUrls;

  @Column(name = "links_checked")
  private Integer linksChecked;

  @Column(name = "mixed_content")
  private Integer mixedContent;

  @Column(name = "mixed_content_urls", length = MAX_LIST)
  private String mixedContentUrls;

  @Column(name = "page_bytes")
  private Long pageBytes;

  /** The screenshot's name in the file store ({@link InspectionFileKind#PAGE_SCREENSHOT}). */
  @Column(name = "screenshot", length = 80)
  private String screenshot;

  protected InspectionRecord() {
    // for JPA
  }

  public InspectionRecord(
      SubjectKind subjectKind,
      long subjectId,
      Instant inspectedAt,
      InspectionVerdict verdict,
      String node) {
    this.subjectType = subjectKind.name();
    this.subjectId = subjectId;
    this.inspectedAt = inspectedAt;
    this.check = verdict.check();
    this.outcome = verdict.outcome();
    this.httpStatus = verdict.httpStatus();
    this.latencyMillis = verdict.latencyMillis();
    String text = verdict.reason();
    this.reason = text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    this.node = node;
  }

  /**
   * Keeps what the browser found on the page (界面巡检, 003 6.7.3).
   *
   * @param render the findings
   * @param screenshotName the stored screenshot, or {@code null}
   */
  public void rendered(PageRender render, String screenshotName) {
    this.browserCheck = render.check();
    if (render.check() == BrowserCheck.NOT_AVAILABLE) {
      return;
    }
    this.renderErrors = render.renderErrors();
    this.renderMessages = lines(render.renderMessages());
    this.brokenLinks = render.brokenLinks();
    this.brokenLinkUrls = lines(render.brokenLinkUrls());
    this.linksChecked = render.linksChecked();
    this.mixedContent = render.mixedContent();
    this.mixedContentUrls = lines(render.mixedContentUrls());
    this.pageBytes = render.pageBytes();
    this.screenshot = screenshotName;
  }

  /**
   * Lets go of the screenshot (an older one, past the number kept per subject); the findings stay.
   *
   * @return the stored file's name, for the caller to delete, or {@code null}
   */
  public String forgetScreenshot() {
    String name = screenshot;
    screenshot = null;
    return name;
  }

  private static String lines(java.util.List<String> items) {
    String text = String.join("\n", items);
    return text.length() <= MAX_LIST ? text : text.substring(0, MAX_LIST - 1) + "…";
  }

  public BrowserCheck getBrowserCheck() {
    return browserCheck;
  }

  public Integer getRenderErrors() {
    return renderErrors;
  }

  public String getRenderMessages() {
    return renderMessages;
  }

  public Integer getBrokenLinks() {
    return brokenLinks;
  }

  public String getBrokenLinkUrls() {
    return brokenLinkUrls;
  }

  public Integer getLinksChecked() {
    return linksChecked;
  }

  public Integer getMixedContent() {
    return mixedContent;
  }

  public String getMixedContentUrls() {
    return mixedContentUrls;
  }

  public Long getPageBytes() {
    return pageBytes;
  }

  public String getScreenshot() {
    return screenshot;
  }

  public Long getId() {
    return id;
  }

  /** The subject's kind, by its stored name. */
  public String getSubjectType() {
    return subjectType;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public Instant getInspectedAt() {
    return inspectedAt;
  }

  public InspectionCheck getCheck() {
    return check;
  }

  public InspectionOutcome getOutcome() {
    return outcome;
  }

  public int getHttpStatus() {
    return httpStatus;
  }

  public long getLatencyMillis() {
    return latencyMillis;
  }

  public String getReason() {
    return reason;
  }

  public String getNode() {
    return node;
  }
}
