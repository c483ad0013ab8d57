package org.onewindow.appcenter.domain;

/** At which level an app's services are provided (001 6.3.5 按服务层级). */
public enum ServiceLevel {
  NATIONAL("国家级"),
  PROVINCIAL("省级"),
  MUNICIPAL("市级"),
  COUNTY("县级"),
  TOWNSHIP("乡（镇、街道）级"),
  VILLAGE("村（社区）级");

  private final String label;

  ServiceLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
