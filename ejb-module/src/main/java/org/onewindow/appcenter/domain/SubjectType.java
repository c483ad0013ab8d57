package org.onewindow.appcenter.domain;

import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;

/** What a review is about: the history of both is kept in one table. */
public enum SubjectType {
  INTERFACE("接口"),
  APP("应用");

  private final String label;

  SubjectType(String label) {
    this.label = label;
  }

  /**
   * The type a request names ({@code interface} or {@code app}, any case, as the API spells them).
   *
   * @throws InvalidInputException for anything else, naming the field {@code subjectType}
   */
  public static SubjectType parse(String text) {
    return EnumNames.parse(
        SubjectType.class, text, "subjectType", "subjectType 应为 interface 或 app");
  }

  /** The subject's Chinese name, used in messages. */
  public String label() {
    return label;
  }
}
