package org.onewindow.common;

import java.util.Locale;

/**
 * A view whose labels are read in the platform's language (zh-CN) when it is made: {@link #in} is
 * the same view with them in a reader's language, for the edges that know it (the API's {@code
 * Accept-Language}, the console's language switch). Recorded texts (reasons, notes) stay as they
 * were written.
 *
 * @param <T> the view's own type
 */
public interface Localized<T> {

  /** The same view with its labels in {@code locale}'s language. */
  T in(Locale locale);
}
