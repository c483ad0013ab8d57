package org.onewindow.appcenter.domain;

/** Where a sensitive-word feedback item stands with the interface's provider (000 9.4.3 b). */
public enum FeedbackStatus {
  /** Found and waiting for the provider. */
  OPEN("待处理"),
  /** The provider has answered it; a later finding of the same words opens a new item. */
  ACKNOWLEDGED("已确认");

  private final String label;

  FeedbackStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
