package org.onewindow.appcenter.domain;

import org.onewindow.common.Labelled;
import org.onewindow.common.Messages;

/** At which level an app's services are provided (001 6.3.5 按服务层级). */
public enum ServiceLevel implements Labelled {
  NATIONAL,
  PROVINCIAL,
  MUNICIPAL,
  COUNTY,
  TOWNSHIP,
  VILLAGE;

  @Override
  public String labelKey() {
    return "appcenter.serviceLevel." + name();
  }

  /**
   * The name in the platform's language (records, and views until {@link
   * org.onewindow.common.Localized#in} reads them in the reader's).
   */
  public String label() {
    return label(Messages.PLATFORM_LOCALE);
  }
}
