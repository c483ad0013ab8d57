package org.onewindow.appcenter.domain;

import org.onewindow.common.Labelled;
import org.onewindow.common.Messages;

/** Whom an app serves (001 6.3.2 按服务对象). */
public enum ServiceObject implements Labelled {
  NATURAL_PERSON,
  LEGAL_PERSON,
  BOTH;

  @Override
  public String labelKey() {
    return "appcenter.serviceObject." + name();
  }

  /**
   * The name in the platform's language (records, and views until {@link
   * org.onewindow.common.Localized#in} reads them in the reader's).
   */
  public String label() {
    return label(Messages.PLATFORM_LOCALE);
  }
}
