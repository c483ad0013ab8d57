package org.onewindow.keycloak.ticket;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The ticket endpoints' messages ({@code messages.properties}, Chinese, the default; {@code
 * messages_en.properties}): Chinese unless the caller's {@code Accept-Language} puts English first,
 * whatever the server's own locale. The same rule as the platform's API (the providers jar cannot
 * see the EAR's classes, so it keeps its own copy of these few lines).
 */
final class TicketTexts {

  private static final String BUNDLE = "org.onewindow.keycloak.ticket.messages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private TicketTexts() {}

  /**
   * The text of {@code key} in the language of the request with {@code headers}, with {@code
   * arguments} put in by {@link MessageFormat} where there are any.
   */
  static String text(HttpHeaders headers, String key, Object... arguments) {
    String pattern = pattern(headers, key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, Locale.ROOT).format(arguments);
  }

  private static String pattern(HttpHeaders headers, String key) {
    Locale language = english(headers) ? Locale.ENGLISH : Locale.ROOT;
    try {
      return ResourceBundle.getBundle(
              BUNDLE, language, TicketTexts.class.getClassLoader(), NO_FALLBACK)
          .getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  private static boolean english(HttpHeaders headers) {
    List<Locale> languages;
    try {
      languages = headers == null ? List.of() : headers.getAcceptableLanguages();
    } catch (RuntimeException e) {
      return false; // a malformed header: the default language
    }
    for (Locale locale : languages) {
      if ("zh".equals(locale.getLanguage())) {
        return false;
      }
      if ("en".equals(locale.getLanguage())) {
        return true;
      }
    }
    return false;
  }
}
