package org.onewindow.appcenter.domain;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;

/**
 * One request or response parameter of an interface: 名称, 必填, 类型, 说明 (000 9.4.2 示例7).
 *
 * @param name the parameter's name as the interface reads it ({@code region}, {@code auth_code})
 * @param required whether a call must carry it
 * @param type its type
 * @param description what it means, shown in the test panel's form
 */
public record ParameterDefinition(
    String name, boolean required, ParameterType type, String description) implements Serializable {

  /** Names as query strings, forms and JSON members carry them: letters, digits, _ . - */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]{0,63}");

  public static final int MAX_DESCRIPTION = 500;

  /**
   * A parameter after checking its input.
   *
   * @throws InvalidInputException when the name is not a plain identifier or the description is too
   *     long
   */
  public static ParameterDefinition of(
      String name, boolean required, ParameterType type, String description) {
    String trimmed = name == null ? "" : name.strip();
    if (!NAME.matcher(trimmed).matches()) {
      throw InvalidInputException.keyed(
          "parameters", "appcenter.parameter.badName", shorten(trimmed));
    }
    if (type == null) {
      throw InvalidInputException.keyed("parameters", "appcenter.parameter.typeMissing", trimmed);
    }
    String text = InputRules.multiLine("parameters", description);
    if (text.length() > MAX_DESCRIPTION) {
      throw InvalidInputException.keyed(
          "parameters",
          "appcenter.parameter.descriptionTooLong",
          trimmed,
          String.valueOf(MAX_DESCRIPTION));
    }
    return new ParameterDefinition(trimmed, required, type, text);
  }

  private static String shorten(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }
}
