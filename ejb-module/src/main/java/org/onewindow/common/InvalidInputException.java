package org.onewindow.common;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * Input that breaks a rule. The message is safe to show to the user (it never echoes personal
 * data); the transaction rolls back, so nothing is half-saved.
 *
 * <p>A refusal built with {@link #keyed} carries a message key of {@code refusals.properties} and
 * can be read in the caller's language ({@link #message(Locale)}); one built with a message reads
 * the same in every language.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  private final String key;

  private final Object[] arguments;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
    this.key = null;
    this.arguments = new Object[0];
  }

  InvalidInputException(String field, String key, Object[] arguments) {
    super(LocalizedTexts.REFUSALS.format(key, Locale.ROOT, arguments));
    this.field = field;
    this.key = key;
    this.arguments = arguments.clone();
  }

  /** A refusal of {@code field} whose message is {@code key} of {@code refusals.properties}. */
  public static InvalidInputException keyed(String field, String key, Object... arguments) {
    return new InvalidInputException(field, key, arguments);
  }

  /** The input field at fault, for forms that show the message next to it. */
  public String field() {
    return field;
  }

  /** The message in {@code locale}'s language where it has one, else Chinese. */
  public String message(Locale locale) {
    return key == null ? getMessage() : LocalizedTexts.REFUSALS.format(key, locale, arguments);
  }
}
