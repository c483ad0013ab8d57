package org.onewindow.appcenter.domain;

/** The two kinds of app (001 8.3.1 应用类型): needing the user's identity, or fully open. */
public enum AppType {
  IDENTITY_REQUIRED("需身份信息"),
  OPEN("完全开放");

  private final String label;

  AppType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
