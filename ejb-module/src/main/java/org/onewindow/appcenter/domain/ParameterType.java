package org.onewindow.appcenter.domain;

import java.util.Locale;
import org.onewindow.common.InvalidInputException;

/**
 * The type of a request or response parameter (000 9.4.2 示例7 类型), written in lower case as the
 * standard's example has it ({@code string}).
 */
public enum ParameterType {
  STRING,
  INT,
  NUMBER,
  BOOLEAN,
  OBJECT,
  ARRAY;

  /** The name as definitions write it: {@code string}, {@code int}, … */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a type as a definition writes it; {@code integer} is taken for {@code int}.
   *
   * @throws InvalidInputException for an unknown type, naming the parameter
   */
  public static ParameterType parse(String text, String parameterName) {
    String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (value.equals("integer")) {
      return INT;
    }
    for (ParameterType type : values()) {
      if (type.wireName().equals(value)) {
        return type;
      }
    }
    throw InvalidInputException.keyed(
        "parameters", "appcenter.parameter.typeUnknown", parameterName);
  }
}
