package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.onewindow.appcenter.domain.FeedbackFinding;
import org.onewindow.appcenter.domain.FeedbackStatus;
import org.onewindow.appcenter.domain.InterfaceFeedback;
import org.onewindow.common.Localized;

/**
 * A sensitive-word feedback item as the interface's provider sees it (000 9.4.3 b): the words,
 * where they were found (masked context), which tests found them, and the provider's answer.
 */
public record InterfaceFeedbackView(
    long id,
    long interfaceId,
    int revision,
    List<String> words,
    List<Finding> findings,
    FeedbackStatus status,
    String statusLabel,
    Long firstTestId,
    Long lastTestId,
    Instant firstSeenAt,
    Instant lastSeenAt,
    int timesSeen,
    String acknowledgedBy,
    Instant acknowledgedAt,
    String reply)
    implements Serializable, Localized<InterfaceFeedbackView> {

  /** One place a word was found: parameter name or response path, and its masked context. */
  public record Finding(String location, String word, int occurrences, String context)
      implements Serializable {

    static Finding of(FeedbackFinding f) {
      return new Finding(f.getLocation(), f.getWord(), f.getOccurrences(), f.getContext());
    }
  }

  static InterfaceFeedbackView of(InterfaceFeedback item) {
    return new InterfaceFeedbackView(
        item.getId(),
        item.getInterfaceId(),
        item.getRevision(),
        List.copyOf(item.wordSet()),
        item.getFindings().stream().map(Finding::of).toList(),
        item.getStatus(),
        item.getStatus().label(),
        item.getFirstTestId(),
        item.getLastTestId(),
        item.getFirstSeenAt(),
        item.getLastSeenAt(),
        item.getTimesSeen(),
        item.getAcknowledgedBy(),
        item.getAcknowledgedAt(),
        item.getReply());
  }

  /** The words as one line: 赌博、发票. */
  public String wordsText() {
    return String.join("、", words);
  }

  public boolean open() {
    return status == FeedbackStatus.OPEN;
  }

  /** The same view with its labels in {@code locale}'s language. */
  @Override
  public InterfaceFeedbackView in(Locale locale) {
    return new InterfaceFeedbackView(
        id,
        interfaceId,
        revision,
        words,
        findings,
        status,
        status.label(locale),
        firstTestId,
        lastTestId,
        firstSeenAt,
        lastSeenAt,
        timesSeen,
        acknowledgedBy,
        acknowledgedAt,
        reply);
  }
}
