package org.onewindow.web.api;

import java.util.Locale;

/**
 * Why a request body does not fit: not JSON, or a member of the wrong type or unknown. Carries the
 * key of its message in {@code messages.properties} and the member it names; the reader turns it
 * into a {@link RefusedBodyException}, answered 400 20000.
 */
public class BodyShapeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;

  private final String field;

  public BodyShapeException(String key, String field) {
    super(ApiTexts.TEXTS.format(key, Locale.CHINA, field));
    this.key = key;
    this.field = field;
  }

  /** The member at fault as a path ({@code requestParameters[0].required}), or {@code body}. */
  public String field() {
    return field;
  }

  /** The message in {@code locale}'s language. */
  public String message(Locale locale) {
    return ApiTexts.TEXTS.format(key, locale, field);
  }
}
