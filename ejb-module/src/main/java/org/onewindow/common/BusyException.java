package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/** Too much at once: the caller should try again shortly (003 Annex A 10019). Nothing changed. */
@ApplicationException(rollback = true)
public class BusyException extends PlatformException {

  private static final long serialVersionUID = 1L;

  /**
   * The refusal with a text written in Chinese once.
   *
   * @deprecated for code not converted yet: use {@link #keyed}
   */
  @Deprecated
  public BusyException(String message) {
    super(message);
  }

  private BusyException(Message text) {
    super(text);
  }

  /** The refusal whose message is {@code key} with {@code arguments}. */
  public static BusyException keyed(String key, Object... arguments) {
    return new BusyException(Message.of(key, arguments));
  }
}
