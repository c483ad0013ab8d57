package org.onewindow.common;

import java.util.Locale;
import java.util.Optional;

/**
 * What every platform exception ({@code org.onewindow.common.*Exception}) shares: a {@link Message}
 * (a key of its capability's bundle and the arguments) that the API and the console read in the
 * caller's language. {@link #getMessage()} is the Chinese text, for the log and for callers that
 * know no language.
 *
 * <p>The constructors that take a ready-made text remain for tests and for texts that come from
 * elsewhere; such an exception reads the same in every language. The platform's own code gives a
 * {@link Message} (BundleCompletenessTest keeps Chinese out of its sources).
 */
public abstract class PlatformException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Null for a ready-made text. */
  private final Message text;

  protected PlatformException(Message text) {
    this(text, null);
  }

  protected PlatformException(Message text, Throwable cause) {
    super(text.in(Messages.PLATFORM_LOCALE), cause);
    this.text = text;
  }

  /**
   * An exception with a text written in Chinese once.
   *
   * @deprecated for code not converted yet: give a {@link Message} instead
   */
  @Deprecated
  protected PlatformException(String readyMessage) {
    super(readyMessage);
    this.text = null;
  }

  /** The key and arguments of the message; empty for a ready-made text. */
  public Optional<Message> text() {
    return Optional.ofNullable(text);
  }

  /** The message in {@code locale}'s language where it has one, else Chinese. */
  public String message(Locale locale) {
    return text == null ? getMessage() : text.in(locale);
  }
}
