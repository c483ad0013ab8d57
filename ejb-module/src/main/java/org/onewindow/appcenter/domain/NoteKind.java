package org.onewindow.appcenter.domain;

import org.onewindow.common.Labelled;
import org.onewindow.common.Messages;

/** What an app's note records (000 9.3 服务应用功能测试; 8.2.3 c 问题告警、排查处理; 8.2.3 d 优化建议反馈、优化情况归档). */
public enum NoteKind implements Labelled {
  FUNCTIONAL_TEST(false),
  ALARM(true),
  TROUBLESHOOTING(false),
  SUGGESTION(true);

  private final boolean archivable;

  NoteKind(boolean archivable) {
    this.archivable = archivable;
  }

  @Override
  public String labelKey() {
    return "appcenter.noteKind." + name();
  }

  /**
   * The name in the platform's language (records, and views until {@link
   * org.onewindow.common.Localized#in} reads them in the reader's).
   */
  public String label() {
    return label(Messages.PLATFORM_LOCALE);
  }

  /** Alarms and suggestions stay open until someone archives how they were dealt with. */
  public boolean archivable() {
    return archivable;
  }
}
