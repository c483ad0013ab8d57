package org.onewindow.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves every message key of the platform in a language: one bundle per capability, found by the
 * key's first segment ({@code inspection.notOnline.APP} is in {@code
 * org/onewindow/inspection/messages.properties}); the base file is Chinese, {@code _en} holds the
 * English. Chinese (zh-CN) is the default; English is read only when the caller puts it first
 * ({@code Accept-Language} in the API, the language switch in the console and the portal).
 *
 * <p>Keys without a capability's prefix (the refusals of issue 14: {@code host.*}, {@code
 * division.*}, {@code gateway.*}, …) are the common refusals' until their capability takes them
 * over. A new capability adds its prefix to {@link #BUNDLES} and its two files.
 */
public final class Messages {

  /**
   * The platform's language: what a caller who names no language reads, and what records written
   * for people (alarm notes, inspection reasons, audit details) are kept in.
   */
  public static final Locale PLATFORM_LOCALE = Locale.SIMPLIFIED_CHINESE;

  private static final ClassLoader LOADER = Messages.class.getClassLoader();

  /** Capability (the key's first segment) → its bundle. */
  private static final Map<String, LocalizedTexts> BUNDLES =
      Map.ofEntries(
          Map.entry("common", LocalizedTexts.REFUSALS),
          Map.entry("appcenter", capability("appcenter")),
          Map.entry("casework", capability("casework")),
          Map.entry("filing", capability("filing")),
          Map.entry("identity", capability("identity")),
          Map.entry("inspection", capability("inspection")),
          Map.entry("interaction", capability("interaction")),
          Map.entry("matter", capability("matter")),
          Map.entry("files", capability("files")),
          Map.entry("notice", capability("notice")),
          Map.entry("ops", capability("ops")),
          Map.entry("outbound", capability("outbound")),
          Map.entry("region", capability("region")),
          Map.entry("review", capability("review")),
          Map.entry("sync", capability("sync")));

  private Messages() {}

  /** The text of {@code key} in {@code locale}'s language; the key itself when it has none. */
  public static String text(String key, Locale locale, Object... arguments) {
    Locale language = locale == null ? PLATFORM_LOCALE : locale;
    Object[] read = Arrays.stream(arguments).map(a -> read(a, language)).toArray();
    return bundleOf(key).format(key, language, read);
  }

  /** The text of {@code message} in {@code locale}'s language. */
  public static String text(Message message, Locale locale) {
    return text(message.key(), locale, message.arguments().toArray());
  }

  /** The capabilities that have a bundle (the first segments of their keys). */
  public static Set<String> capabilities() {
    return BUNDLES.keySet();
  }

  /**
   * The base name of the bundle {@code key} belongs to: {@code
   * org.onewindow.<capability>.messages}, or the common refusals for a key of no capability.
   */
  public static String bundleName(String key) {
    return bundleOf(key).bundle();
  }

  private static LocalizedTexts bundleOf(String key) {
    int dot = key.indexOf('.');
    LocalizedTexts texts = dot < 0 ? null : BUNDLES.get(key.substring(0, dot));
    return texts == null ? LocalizedTexts.REFUSALS : texts;
  }

  private static Object read(Object argument, Locale language) {
    if (argument instanceof Message message) {
      return text(message, language);
    }
    if (argument instanceof Labelled labelled) {
      return labelled.label(language);
    }
    return argument;
  }

  private static LocalizedTexts capability(String name) {
    return new LocalizedTexts("org.onewindow." + name + ".messages", LOADER);
  }
}
