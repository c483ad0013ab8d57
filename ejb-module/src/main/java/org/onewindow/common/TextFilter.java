package org.onewindow.common;

import java.util.Locale;

/**
 * A "contains" filter typed into a list's search box, as a JPQL {@code like} pattern that matches
 * the text literally: {@code %}, {@code _} and the escape character in it are escaped (a search for
 * "100%" finds "100%", not every row starting with 100). Compare it with {@code lower(path) like
 * :pattern escape '\'}.
 */
public final class TextFilter {

  /** The escape character of the patterns, for the query's {@code escape} clause. */
  public static final char ESCAPE = '\\';

  /** The longest search text: a longer one is no search a person types. */
  public static final int MAX_LENGTH = 100;

  private TextFilter() {}

  /** Whether {@code text} filters at all (not null, not blank). */
  public static boolean given(String text) {
    return text != null && !text.isBlank();
  }

  /**
   * The lower-case pattern matching every value that contains {@code text}.
   *
   * @throws InvalidInputException when the text is longer than {@link #MAX_LENGTH}
   */
  public static String containing(String text) {
    String stripped = text.strip();
    if (stripped.length() > MAX_LENGTH) {
      throw InvalidInputException.keyed("text", "common.page.text", MAX_LENGTH);
    }
    StringBuilder pattern = new StringBuilder("%");
    for (char c : stripped.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
