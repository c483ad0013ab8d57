package org.onewindow.common;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads an enum constant as forms, JSON files and the API spell it: any case, blanks around it, a
 * hyphen for an underscore ({@code h5-package} is {@code H5_PACKAGE}). One reading for every choice
 * a caller names, so all of them accept the same spellings and refuse with a message.
 */
public final class EnumNames {

  private EnumNames() {}

  /** The constant {@code text} names, if any. */
  public static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /**
   * The constant {@code text} names.
   *
   * @throws InvalidInputException naming {@code field} with {@code message} when it names none
   */
  public static <E extends Enum<E>> E parse(
      Class<E> type, String text, String field, String message) {
    return lookup(type, text).orElseThrow(() -> new InvalidInputException(field, message));
  }
}
