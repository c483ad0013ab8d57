package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/** A second record where the rules allow only one, such as two access units of the same name. */
@ApplicationException(rollback = true)
public class DuplicateException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  /**
   * A refusal with a text written in Chinese once.
   *
   * @deprecated for code not converted yet: use {@link #keyed(String, String, Object...)}
   */
  @Deprecated
  public DuplicateException(String field, String message) {
    super(field, message);
  }

  private DuplicateException(String field, Message text) {
    super(field, text);
  }

  /** The duplicate named by {@code field}, with the message of {@code key}. */
  public static DuplicateException keyed(String field, String key, Object... arguments) {
    return new DuplicateException(field, Message.of(key, arguments));
  }
}
