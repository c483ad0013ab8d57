package org.onewindow.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.onewindow.common.LocalizedTexts;

/**
 * The API's own messages ({@code messages.properties}, Chinese; {@code messages_en.properties}),
 * and the caller's language from {@code Accept-Language}: Chinese unless English comes first.
 */
public final class ApiTexts {

  public static final LocalizedTexts TEXTS =
      new LocalizedTexts("org.onewindow.web.api.messages", ApiTexts.class.getClassLoader());

  private ApiTexts() {}

  /** The language to answer {@code headers}' request in (Chinese without a header). */
  public static Locale languageOf(HttpHeaders headers) {
    if (headers == null) {
      return Locale.CHINA;
    }
    try {
      return LocalizedTexts.preferred(headers.getAcceptableLanguages());
    } catch (RuntimeException e) {
      return Locale.CHINA; // a malformed Accept-Language header: answer in the default language
    }
  }

  /** The text of {@code key} in the language of {@code headers}' request. */
  public static String text(HttpHeaders headers, String key, Object... arguments) {
    return TEXTS.format(key, languageOf(headers), arguments);
  }
}
