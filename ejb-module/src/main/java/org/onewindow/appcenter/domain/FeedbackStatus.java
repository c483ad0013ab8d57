package org.onewindow.appcenter.domain;

import org.onewindow.common.Labelled;
import org.onewindow.common.Messages;

/** Where a sensitive-word feedback item stands with the interface's provider (000 9.4.3 b). */
public enum FeedbackStatus implements Labelled {
  /** Found and waiting for the provider. */
  OPEN,
  /** The provider has answered it; a later finding of the same words opens a new item. */
  ACKNOWLEDGED;

  @Override
  public String labelKey() {
    return "appcenter.feedbackStatus." + name();
  }

  /**
   * The name in the platform's language (records, and views until {@link
   * org.onewindow.common.Localized#in} reads them in the reader's).
   */
  public String label() {
    return label(Messages.PLATFORM_LOCALE);
  }
}
