package org.onewindow.appcenter.domain;

/** What an app's note records (000 9.3 服务应用功能测试; 8.2.3 c 问题告警、排查处理; 8.2.3 d 优化建议反馈、优化情况归档). */
public enum NoteKind {
  FUNCTIONAL_TEST("功能测试记录", false),
  ALARM("问题告警", true),
  TROUBLESHOOTING("排查处理", false),
  SUGGESTION("优化建议", true);

  private final String label;
  private final boolean archivable;

  NoteKind(String label, boolean archivable) {
    this.label = label;
    this.archivable = archivable;
  }

  public String label() {
    return label;
  }

  /** Alarms and suggestions stay open until someone archives how they were dealt with. */
  public boolean archivable() {
    return archivable;
  }
}
