package org.onewindow.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The texts of one resource bundle, Chinese first (the base file is Chinese; {@code _en} holds the
 * English). The JVM's own locale never chooses: a server started under an English locale still
 * answers Chinese unless the caller asks otherwise ({@code Accept-Language}).
 */
public final class LocalizedTexts {

  /**
   * The common refusals ({@code org/onewindow/common/refusals.properties}): the input rules', the
   * {@code common.*} keys, and the keys of no capability (see {@link Messages}).
   */
  public static final LocalizedTexts REFUSALS =
      new LocalizedTexts("org.onewindow.common.refusals", LocalizedTexts.class.getClassLoader());

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String bundle;

  private final ClassLoader loader;

  public LocalizedTexts(String bundle, ClassLoader loader) {
    this.bundle = bundle;
    this.loader = loader;
  }

  /**
   * The language to answer in, from the caller's languages in order of preference: the first of
   * them that is Chinese or English; Chinese when none is (or the list is empty or {@code *}).
   */
  public static Locale preferred(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if ("zh".equals(locale.getLanguage())) {
        return Locale.CHINA;
      }
      if ("en".equals(locale.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return Locale.CHINA;
  }

  /** The bundle's base name ({@code org.onewindow.common.refusals}). */
  public String bundle() {
    return bundle;
  }

  /** The text of {@code key} in {@code locale} (Chinese for any language but English). */
  public String format(String key, Locale locale, Object... arguments) {
    String pattern = pattern(key, locale);
    if (pattern == null) {
      return key; // a programming slip: show the key rather than fail the refusal itself
    }
    boolean english = isEnglish(locale);
    MessageFormat format = new MessageFormat(pattern, english ? Locale.ENGLISH : Locale.CHINA);
    return format.format(plainIntegers(format, arguments));
  }

  /**
   * The text of {@code key} in {@code locale} as the file has it, without formatting (pages that
   * format it themselves, such as Faces' {@code h:outputFormat}); null when there is none.
   */
  public String pattern(String key, Locale locale) {
    try {
      return texts(locale).getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** The keys of the bundle in {@code locale}'s language. */
  public Set<String> keys(Locale locale) {
    try {
      return texts(locale).keySet();
    } catch (MissingResourceException e) {
      return Set.of();
    }
  }

  private ResourceBundle texts(Locale locale) {
    return ResourceBundle.getBundle(
        bundle, isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT, loader, NO_FALLBACK);
  }

  private static boolean isEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  /**
   * Integers an argument without a format ({@code {0}}) takes as they are: ids and counts read
   * {@code 1234}, never {@code 1,234} as MessageFormat's default number format would have them.
   */
  private static Object[] plainIntegers(MessageFormat format, Object[] arguments) {
    java.text.Format[] formats = format.getFormatsByArgumentIndex();
    Object[] plain = arguments.clone();
    for (int i = 0; i < plain.length && i < formats.length; i++) {
      if (formats[i] == null
          && (plain[i] instanceof Long
              || plain[i] instanceof Integer
              || plain[i] instanceof Short
              || plain[i] instanceof Byte
              || plain[i] instanceof java.math.BigInteger)) {
        plain[i] = plain[i].toString();
      }
    }
    return plain;
  }
}
