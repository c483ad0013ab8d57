package org.onewindow.appcenter.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;

/**
 * Sensitive words found in an interface's parameters or answer, fed back to the interface's
 * provider — its owner unit (000 9.4.3 b: 发现敏感词汇…反馈给接口提供方). The provider acknowledges it with a
 * short reply; until then it stays open.
 *
 * <p><b>One open item per interface and word set.</b> A repeat test that finds the same words — or
 * only some of an open item's words — adds no item: it counts as seen again on that item (with its
 * test record), so the provider is told once and sees that the words persist. Finding a word that
 * no open item has opens a new item with all the words of that test; so does finding words again
 * after the provider acknowledged them.
 */
@Entity
@Table(
    name = "ow_interface_feedback",
    indexes = @Index(name = "ix_interface_feedback", columnList = "interface_id, status"))
public class InterfaceFeedback {

  public static final int MAX_REPLY = 200;

  /** The words an item keeps (its column holds 30 of the longest words the lexicon allows). */
  public static final int MAX_WORDS = 30;

  /** Words are kept sorted and joined by this, as the item's word set. */
  static final String SEPARATOR = "、";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "interface_id", nullable = false)
  private long interfaceId;

  @Column(name = "revision", nullable = false)
  private int revision;

  /** The distinct words, sorted, joined by 、: the set the dedupe rule compares. */
  @Column(name = "words", nullable = false, length = 2000)
  private String words;

  @ElementCollection
  @CollectionTable(
      name = "ow_interface_feedback_finding",
      joinColumns = @JoinColumn(name = "feedback_id"),
      foreignKey = @ForeignKey(name = "fk_feedback_finding"))
  @OrderColumn(name = "position")
  private List<FeedbackFinding> findings = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private FeedbackStatus status;

  /** The test record that found the words first, and the latest that found them again. */
  @Column(name = "first_test_id")
  private Long firstTestId;

  @Column(name = "last_test_id")
  private Long lastTestId;

  @Column(name = "first_seen_at", nullable = false)
  private Instant firstSeenAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "times_seen", nullable = false)
  private int timesSeen;

  @Column(name = "acknowledged_by", length = 100)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "reply", length = MAX_REPLY)
  private String reply;

  protected InterfaceFeedback() {
    // for JPA
  }

  /** A new open item for the words found by one test. */
  public static InterfaceFeedback open(
      long interfaceId,
      int revision,
      Collection<String> words,
      List<FeedbackFinding> findings,
      Long testId,
      Instant at) {
    InterfaceFeedback item = new InterfaceFeedback();
    item.interfaceId = interfaceId;
    item.revision = revision;
    item.words = key(words);
    if (item.words.isEmpty()) {
      throw new IllegalArgumentException("a feedback item needs at least one word");
    }
    item.findings = new ArrayList<>(findings);
    item.status = FeedbackStatus.OPEN;
    item.firstTestId = testId;
    item.lastTestId = testId;
    item.firstSeenAt = at;
    item.lastSeenAt = at;
    item.timesSeen = 1;
    return item;
  }

  /**
   * The open item that already tells the provider about {@code found}: one with exactly these
   * words, else the oldest whose words include them all; empty when a new item is due.
   */
  public static Optional<InterfaceFeedback> covering(
      List<InterfaceFeedback> items, Collection<String> found) {
    TreeSet<String> wanted = new TreeSet<>(Arrays.asList(key(found).split(SEPARATOR)));
    Optional<InterfaceFeedback> exact =
        items.stream()
            .filter(i -> i.status == FeedbackStatus.OPEN && i.wordSet().equals(wanted))
            .findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    return items.stream()
        .filter(i -> i.status == FeedbackStatus.OPEN && i.wordSet().containsAll(wanted))
        .min((a, b) -> a.firstSeenAt.compareTo(b.firstSeenAt));
  }

  /** Another test found (some of) the same words. */
  public void seenAgain(Long testId, Instant at) {
    lastTestId = testId;
    lastSeenAt = at;
    timesSeen++;
  }

  /**
   * The provider's answer (who, when, what was done).
   *
   * @throws InvalidInputException when the reply is blank or over {@value #MAX_REPLY} characters
   * @throws StateConflictException when it was acknowledged already
   */
  public void acknowledge(String actor, Instant at, String text) {
    String answer = InputRules.multiLine("reply", text);
    if (answer.isEmpty() || answer.length() > MAX_REPLY) {
      throw InvalidInputException.keyed(
          "reply", "appcenter.feedback.reply", String.valueOf(MAX_REPLY));
    }
    if (status != FeedbackStatus.OPEN) {
      throw StateConflictException.keyed(
          "appcenter.feedback.acknowledgedAlready", String.valueOf(acknowledgedAt), acknowledgedBy);
    }
    status = FeedbackStatus.ACKNOWLEDGED;
    acknowledgedBy = actor;
    acknowledgedAt = at;
    reply = answer;
  }

  /** The words as a sorted set. */
  public TreeSet<String> wordSet() {
    return new TreeSet<>(Arrays.asList(words.split(SEPARATOR)));
  }

  /** The word set as kept: distinct, sorted, at most {@value #MAX_WORDS}. */
  static String key(Collection<String> words) {
    return String.join(SEPARATOR, new TreeSet<>(clean(words)).stream().limit(MAX_WORDS).toList());
  }

  private static List<String> clean(Collection<String> words) {
    return words.stream()
        .filter(w -> w != null && !w.isBlank())
        .map(w -> w.strip().replace(SEPARATOR, ""))
        .filter(w -> !w.isEmpty())
        .toList();
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

  public String getWords() {
    return words;
  }

  public List<FeedbackFinding> getFindings() {
    return findings;
  }

  public FeedbackStatus getStatus() {
    return status;
  }

  public Long getFirstTestId() {
    return firstTestId;
  }

  public Long getLastTestId() {
    return lastTestId;
  }

  public Instant getFirstSeenAt() {
    return firstSeenAt;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  public int getTimesSeen() {
    return timesSeen;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public String getReply() {
    return reply;
  }
}
