package org.onewindow.common;

import java.util.Locale;

/**
 * A constant people see by name (an enum's 正常 / OK): its label is a key of its capability's bundle,
 * read in the reader's language. Enums implement it with {@code "<capability>.<enum>." + name()}.
 */
public interface Labelled {

  /** The key of the label: {@code inspection.outcome.OK}. */
  String labelKey();

  /** The label in {@code locale}'s language (Chinese for any language but English). */
  default String label(Locale locale) {
    return Messages.text(labelKey(), locale);
  }
}
