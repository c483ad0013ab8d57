package org.onewindow.common;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A text for people named by its key in a capability's bundle and its arguments, read in a language
 * only when someone reads it ({@link Messages} finds the bundle by the key's prefix). An argument
 * that is itself a {@code Message} or a {@link Labelled} constant is read in the same language.
 *
 * @param key the key, {@code <capability>.<what>}: {@code inspection.notOnline.APP}
 * @param arguments the values of the pattern's {@code {0}}, {@code {1}}, …
 */
public record Message(String key, List<Object> arguments) implements Serializable {

  public Message {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a message needs a key");
    }
    // Arrays.asList keeps nulls (a missing value reads "null" rather than failing the refusal).
    arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
  }

  /** The message of {@code key} with {@code arguments}. */
  public static Message of(String key, Object... arguments) {
    return new Message(key, Arrays.asList(arguments));
  }

  /** The text in {@code locale}'s language (Chinese for any language but English). */
  public String in(Locale locale) {
    return Messages.text(this, locale);
  }
}
