package org.onewindow.appcenter.domain;

import java.util.Locale;
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
    String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (ReturnFormat format : values()) {
      if (format.name().equals(value)) {
        return format;
      }
    }
    throw new InvalidInputException("returnFormat", "返回格式应为 JSON 或 XML");
  }
}
