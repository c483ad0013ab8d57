package org.onewindow.appcenter.domain;

/**
 * The kinds of hall (分厅) an app is published to (000 8.2.3 b 分厅上线发布; 9.5: 上线到地方和部门政务服务站点; 001 8.1
 * 地方和部门站点): the national platform's own hall, a province's, or a department's.
 */
public enum HallLevel {
  NATIONAL("国家厅"),
  PROVINCIAL("地方分厅"),
  DEPARTMENTAL("部门分厅");

  private final String label;

  HallLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
