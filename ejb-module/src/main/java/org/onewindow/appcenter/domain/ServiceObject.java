package org.onewindow.appcenter.domain;

/** Whom an app serves (001 6.3.2 按服务对象). */
public enum ServiceObject {
  NATURAL_PERSON("面向自然人"),
  LEGAL_PERSON("面向法人和其他组织"),
  BOTH("面向自然人和法人");

  private final String label;

  ServiceObject(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
