package org.onewindow.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of keyed refusals ({@code refusals.properties}: Chinese, the default; {@code
 * refusals_en.properties}: English). The JVM's own locale never chooses: a server started under an
 * English locale still answers Chinese unless the caller asks otherwise.
 */
public final class RefusalTexts {

  private static final String BUNDLE = "org.onewindow.common.refusals";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private RefusalTexts() {}

  /** The text of {@code key} in {@code locale} (Chinese for any locale but English). */
  public static String format(String key, Locale locale, Object... arguments) {
    Locale chosen =
        Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? locale : Locale.ROOT;
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, chosen, RefusalTexts.class.getClassLoader(), NO_FALLBACK);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key; // a programming slip: show the key rather than fail the refusal itself
    }
    return new MessageFormat(pattern, chosen.equals(Locale.ROOT) ? Locale.CHINA : locale)
        .format(arguments);
  }
}
