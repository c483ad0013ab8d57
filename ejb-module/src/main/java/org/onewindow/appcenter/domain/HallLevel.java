package org.onewindow.appcenter.domain;

import org.onewindow.common.Labelled;
import org.onewindow.common.Messages;

/**
 * The kinds of hall (分厅) an app is published to (000 8.2.3 b 分厅上线发布; 9.5: 上线到地方和部门政务服务站点; 001 8.1
 * 地方和部门站点): the national platform's own hall, a province's, or a department's.
 */
public enum HallLevel implements Labelled {
  NATIONAL,
  PROVINCIAL,
  DEPARTMENTAL;

  @Override
  public String labelKey() {
    return "appcenter.hallLevel." + name();
  }

  /**
   * The name in the platform's language (records, and views until {@link
   * org.onewindow.common.Localized#in} reads them in the reader's).
   */
  public String label() {
    return label(Messages.PLATFORM_LOCALE);
  }
}
