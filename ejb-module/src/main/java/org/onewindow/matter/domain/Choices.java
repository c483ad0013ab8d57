package org.onewindow.matter.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Labelled;
import org.onewindow.common.MissingInputException;

/**
 * Reads a choice (a matter type, a level, a theme) as forms, the API and exchange files spell it:
 * the constant's name in any case ({@code administrative-licensing}), or its label in Chinese or in
 * English (行政许可, Administrative licensing) — the national platform's files carry the Chinese.
 */
public final class Choices {

  private static final Locale ENGLISH = Locale.ENGLISH;

  private Choices() {}

  /** The choice {@code text} names, or null when the text is blank. */
  public static <E extends Enum<E> & Labelled> E optional(
      Class<E> type, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String wanted = text.strip();
    return EnumNames.lookup(type, wanted)
        .or(() -> byLabel(type, wanted))
        .orElseThrow(
            () ->
                InvalidInputException.keyed(
                    field, "matter.field.choice", new FieldName(field), names(type)));
  }

  /** The choice {@code text} names; refused when missing. */
  public static <E extends Enum<E> & Labelled> E required(
      Class<E> type, String field, String text) {
    E choice = optional(type, field, text);
    if (choice == null) {
      throw MissingInputException.of(field, "matter.field.missing", new FieldName(field));
    }
    return choice;
  }

  private static <E extends Enum<E> & Labelled> java.util.Optional<E> byLabel(
      Class<E> type, String wanted) {
    return Arrays.stream(type.getEnumConstants())
        .filter(
            c ->
                c.label(org.onewindow.common.Messages.PLATFORM_LOCALE).equals(wanted)
                    || c.label(ENGLISH).equalsIgnoreCase(wanted))
        .findFirst();
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .collect(Collectors.joining(", "));
  }
}
