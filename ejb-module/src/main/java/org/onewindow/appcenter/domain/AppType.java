package org.onewindow.appcenter.domain;

import org.onewindow.common.Labelled;
import org.onewindow.common.Messages;

/** The two kinds of app (001 8.3.1 应用类型): needing the user's identity, or fully open. */
public enum AppType implements Labelled {
  IDENTITY_REQUIRED,
  OPEN;

  @Override
  public String labelKey() {
    return "appcenter.appType." + name();
  }

  /**
   * The name in the platform's language (records, and views until {@link
   * org.onewindow.common.Localized#in} reads them in the reader's).
   */
  public String label() {
    return label(Messages.PLATFORM_LOCALE);
  }
}
