package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/** A record the caller named does not exist (or is not the caller's to see: the same answer). */
@ApplicationException(rollback = true)
public class NotFoundException extends PlatformException {

  private static final long serialVersionUID = 1L;

  /**
   * The refusal with a text written in Chinese once.
   *
   * @deprecated for code not converted yet: use {@link #keyed}
   */
  @Deprecated
  public NotFoundException(String message) {
    super(message);
  }

  private NotFoundException(Message text) {
    super(text);
  }

  /** The refusal whose message is {@code key} with {@code arguments}. */
  public static NotFoundException keyed(String key, Object... arguments) {
    return new NotFoundException(Message.of(key, arguments));
  }
}
