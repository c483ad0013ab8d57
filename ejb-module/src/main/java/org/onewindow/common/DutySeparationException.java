package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/**
 * An action the caller may not take on this record although the role allows it in general: a
 * submitter reviewing its own submission (separation of duties, GB/T 22239 8.1.4.2), or an access
 * unit touching another unit's record. Nothing changes.
 */
@ApplicationException(rollback = true)
public class DutySeparationException extends PlatformException {

  private static final long serialVersionUID = 1L;

  /**
   * The refusal with a text written in Chinese once.
   *
   * @deprecated for code not converted yet: use {@link #keyed}
   */
  @Deprecated
  public DutySeparationException(String message) {
    super(message);
  }

  private DutySeparationException(Message text) {
    super(text);
  }

  /** The refusal whose message is {@code key} with {@code arguments}. */
  public static DutySeparationException keyed(String key, Object... arguments) {
    return new DutySeparationException(Message.of(key, arguments));
  }
}
