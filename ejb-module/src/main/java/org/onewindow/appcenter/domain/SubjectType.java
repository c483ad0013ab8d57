package org.onewindow.appcenter.domain;

/** What a review is about: the history of both is kept in one table. */
public enum SubjectType {
  INTERFACE("接口"),
  APP("应用");

  private final String label;

  SubjectType(String label) {
    this.label = label;
  }

  /** The subject's Chinese name, used in messages. */
  public String label() {
    return label;
  }
}
