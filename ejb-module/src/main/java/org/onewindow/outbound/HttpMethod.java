package org.onewindow.outbound;

import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;

/**
 * The request methods of outbound calls, which are also those an interface may be registered with
 * (000 9.4.2 示例7: get 或 post).
 */
public enum HttpMethod {
  GET,
  POST;

  /**
   * Reads a method as a form or a JSON file writes it, in either case.
   *
   * @throws InvalidInputException for anything but GET or POST
   */
  public static HttpMethod parse(String text) {
    return EnumNames.lookup(HttpMethod.class, text)
        .orElseThrow(() -> InvalidInputException.keyed("method", "appcenter.interface.method"));
  }
}
