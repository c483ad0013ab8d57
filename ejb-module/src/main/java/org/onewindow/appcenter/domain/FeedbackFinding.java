package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One place a sensitive word was found in an interface's call (000 9.4.3 b), as a feedback item
 * keeps it: where (parameter name or response path), which word, how often, and the masked text
 * around it.
 */
@Embeddable
public class FeedbackFinding {

  public static final int MAX_LOCATION = 200;
  public static final int MAX_CONTEXT = 200;

  @Column(name = "location", nullable = false, length = MAX_LOCATION)
  private String location;

  @Column(name = "word", nullable = false, length = SensitiveWord.MAX_LENGTH)
  private String word;

  @Column(name = "occurrences", nullable = false)
  private int occurrences;

  @Column(name = "context", nullable = false, length = MAX_CONTEXT)
  private String context;

  protected FeedbackFinding() {
    // for JPA
  }

  public FeedbackFinding(String location, String word, int occurrences, String context) {
    this.location = cut(location, MAX_LOCATION);
    this.word = cut(word, SensitiveWord.MAX_LENGTH);
    this.occurrences = Math.max(1, occurrences);
    this.context = cut(context, MAX_CONTEXT);
  }

  private static String cut(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() <= max ? value : value.substring(0, max);
  }

  public String getLocation() {
    return location;
  }

  public String getWord() {
    return word;
  }

  public int getOccurrences() {
    return occurrences;
  }

  public String getContext() {
    return context;
  }
}
