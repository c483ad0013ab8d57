package org.onewindow.appcenter.domain;

import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;

/** The format an interface answers in (000 9.4.2 示例7 返回格式). */
public enum ReturnFormat {
  JSON,
  XML;

  /**
   * Reads a format in either case.
   *
   * @throws InvalidInputException for anything but JSON or XML
   */
  public static ReturnFormat parse(String text) {
    return EnumNames.lookup(ReturnFormat.class, text)
        .orElseThrow(
            () -> InvalidInputException.keyed("returnFormat", "appcenter.returnFormat.unknown"));
  }
}
