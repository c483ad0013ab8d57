package org.onewindow.web.support;

import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onewindow.common.LocalizedTexts;

/**
 * A WAR's page texts as its pages read them ({@code #{msg['nav.home']}}): its bundle in the page's
 * language, the base file (Chinese) unless English is chosen. A WAR names it {@code msg} with a
 * request-scoped subclass that knows the language (the language switch).
 *
 * <p>Why not Faces' {@code <resource-bundle>}: its lookup falls back to the JVM's default locale,
 * so a server started under an English locale showed English where Chinese was asked unless the
 * base file was copied as {@code messages_zh_CN} (the console kept such a copy). Here no server
 * setting changes the language, and each text lives in one file per language.
 */
public abstract class PageTexts extends AbstractMap<String, String> {

  private final LocalizedTexts texts;

  /**
   * @param bundle the base name ({@code org.onewindow.web.console.messages}), Chinese; English in
   *     {@code _en}
   */
  protected PageTexts(String bundle) {
    this.texts = new LocalizedTexts(bundle, PageTexts.class.getClassLoader());
  }

  /** The page's language. */
  protected abstract Locale language();

  /** The text of {@code key}; {@code ???key???} when the bundle has none, as Faces shows it. */
  @Override
  public String get(Object key) {
    String text = texts.pattern(String.valueOf(key), language());
    return text != null ? text : "???" + key + "???";
  }

  @Override
  public boolean containsKey(Object key) {
    return texts.pattern(String.valueOf(key), language()) != null;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    Locale language = language();
    return texts.keys(language).stream()
        .map(key -> Map.entry(key, texts.pattern(key, language)))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The text of {@code key} of {@code bundle} in {@code language}, for beans that build messages.
   */
  public static String text(String bundle, Locale language, String key) {
    String text =
        new LocalizedTexts(bundle, PageTexts.class.getClassLoader()).pattern(key, language);
    return text != null ? text : "???" + key + "???";
  }
}
