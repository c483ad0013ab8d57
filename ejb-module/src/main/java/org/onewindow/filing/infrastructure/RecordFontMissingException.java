package org.onewindow.filing.infrastructure;

import jakarta.ejb.ApplicationException;
import org.onewindow.common.Message;
import org.onewindow.common.PlatformException;

/**
 * The font the filing record's PDF needs for its Chinese text is not on the server: the record
 * cannot be rendered until an operator installs it. The message names the file and the package to
 * install ({@code fonts-wqy-microhei}); the service shows it as it stands.
 */
@ApplicationException(rollback = true)
public class RecordFontMissingException extends PlatformException {

  private static final long serialVersionUID = 1L;

  /** The font at {@code path} is missing, unreadable or not the font the record names. */
  public RecordFontMissingException(String path, Throwable cause) {
    super(Message.of("filing.record.fontMissing", path), cause);
  }
}
