package org.onewindow.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onewindow.web.support.PageTexts;

/**
 * The portal's texts (issue 15 item 5): every page on the one template, every text from the bundle
 * in Chinese and English, none written into a page.
 */
class PortalTextsTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Pattern KEY = Pattern.compile("msg\\['([^']+)'\\]");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

  @Test
  void chineseAndEnglishHaveTheSameKeysAndEveryKeyIsNamedByAPage() {
    assertEquals(keys(""), keys("_en"));
    Set<String> named = new TreeSet<>();
    pages().forEach(page -> collect(page, named));
    assertEquals(keys(""), named, "keys the pages name, and the bundle's");
  }

  @Test
  void everyPageIsComposedOnTheTemplateAndWritesNoChineseOfItsOwn() {
    List<Path> pages = files().filter(p -> !p.toString().contains("WEB-INF")).toList();
    assertFalse(pages.isEmpty());
    for (Path page : pages) {
      String source = read(page);
      assertFalse(
          !source.contains("template=\"/WEB-INF/templates/portal.xhtml\""), page + ": template");
      assertFalse(HAN.matcher(COMMENT.matcher(source).replaceAll("")).find(), page + ": Chinese");
    }
    // The template's only Chinese is the switch's own name for the language: 中文.
    String template =
        COMMENT.matcher(read(PAGES.resolve("WEB-INF/templates/portal.xhtml"))).replaceAll("");
    assertEquals(
        "中文", HAN.matcher(template).results().map(MatchResult::group).reduce("", String::concat));
  }

  @Test
  void chineseUnlessEnglishIsChosen() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertEquals("欢迎使用一体化政务服务平台", texts(Locale.SIMPLIFIED_CHINESE).get("home.welcome"));
      assertEquals("Sign in", texts(Locale.ENGLISH).get("nav.login"));
    } finally {
      Locale.setDefault(before);
    }
  }

  private static PageTexts texts(Locale language) {
    return new PageTexts(PortalTexts.BUNDLE) {
      @Override
      protected Locale language() {
        return language;
      }
    };
  }

  private static Set<String> keys(String suffix) {
    String resource = "/org/onewindow/web/portal/messages" + suffix + ".properties";
    try (InputStream in = PortalTextsTest.class.getResourceAsStream(resource)) {
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new TreeSet<>(texts.stringPropertyNames());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(String source, Set<String> into) {
    Matcher m = KEY.matcher(source);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  private static Stream<String> pages() {
    return files().map(PortalTextsTest::read);
  }

  private static Stream<Path> files() {
    try (Stream<Path> files = Files.walk(PAGES)) {
      return files.filter(f -> f.toString().endsWith(".xhtml")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
