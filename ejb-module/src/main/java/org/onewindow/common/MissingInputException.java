package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/**
 * A required input that is absent or blank: answered with 20003 参数不能为空 (003 Annex A) rather than
 * 20000, so the caller knows to supply it rather than to correct it. Never defaulted silently.
 */
@ApplicationException(rollback = true)
public class MissingInputException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  MissingInputException(String field, Message text) {
    super(field, text);
  }

  /** The refusal of a missing {@code field}, with the message of {@code key}. */
  public static MissingInputException of(String field, String key, Object... arguments) {
    return new MissingInputException(field, Message.of(key, arguments));
  }
}
