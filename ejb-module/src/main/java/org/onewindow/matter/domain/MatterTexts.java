package org.onewindow.matter.domain;

import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;

/** The text rules of a matter's fields: the platform's input rules, a length, and presence. */
final class MatterTexts {

  private MatterTexts() {}

  static String line(String field, String text, int max, boolean required) {
    return bounded(field, InputRules.singleLine(field, text), max, required);
  }

  static String lines(String field, String text, int max, boolean required) {
    return bounded(field, InputRules.multiLine(field, text), max, required);
  }

  static int number(String field, Integer value, int min, int max, Integer fallback) {
    Integer given = value == null ? fallback : value;
    if (given == null) {
      throw MissingInputException.of(field, "matter.field.missing", new FieldName(field));
    }
    if (given < min || given > max) {
      throw InvalidInputException.keyed(
          field, "matter.field.range", new FieldName(field), min, max);
    }
    return given;
  }

  private static String bounded(String field, String value, int max, boolean required) {
    if (required && value.isEmpty()) {
      throw MissingInputException.of(field, "matter.field.missing", new FieldName(field));
    }
    if (value.length() > max) {
      throw InvalidInputException.keyed(field, "matter.field.tooLong", new FieldName(field), max);
    }
    return value;
  }
}
