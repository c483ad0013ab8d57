package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/**
 * Input that breaks a rule. The message is safe to show to the user (it never echoes personal
 * data); the transaction rolls back, so nothing is half-saved. Built with {@link #keyed}: a key of
 * the capability's bundle ({@link Messages}), read in the caller's language.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends PlatformException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * A refusal with a text written in Chinese once.
   *
   * @deprecated for code not converted yet: use {@link #keyed}
   */
  @Deprecated
  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  protected InvalidInputException(String field, Message text) {
    super(text);
    this.field = field;
  }

  /** A refusal of {@code field} whose message is {@code key} with {@code arguments}. */
  public static InvalidInputException keyed(String field, String key, Object... arguments) {
    return new InvalidInputException(field, Message.of(key, arguments));
  }

  /** The input field at fault, for forms that show the message next to it. */
  public String field() {
    return field;
  }
}
