package org.onewindow.appcenter.domain;

import java.util.Locale;
import org.onewindow.common.InvalidInputException;

/** The request methods an interface may be registered with (000 9.4.2 示例7: get 或 post). */
public enum HttpMethod {
  GET,
  POST;

  /**
   * Reads a method as a form or a JSON file writes it, in either case.
   *
   * @throws InvalidInputException for anything but GET or POST
   */
  public static HttpMethod parse(String text) {
    String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (HttpMethod method : values()) {
      if (method.name().equals(value)) {
        return method;
      }
    }
    throw new InvalidInputException("method", "请求方式应为 GET 或 POST");
  }
}
