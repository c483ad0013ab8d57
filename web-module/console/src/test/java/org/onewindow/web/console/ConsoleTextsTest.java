package org.onewindow.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onewindow.web.support.PageTexts;

/**
 * The console's texts: one Chinese file (the base), one English file with the same keys, every key
 * a page or a bean names present, none left unnamed; Chinese unless English is chosen, whatever the
 * server's own locale (issue 15 item 3: a text changes in one place).
 */
class ConsoleTextsTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Path BEANS = Path.of("src/main/java");

  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
  private static final Pattern PAGE_FAMILY = Pattern.compile("msg\\['([^']+\\.)'\\.concat");

  /** The side menu's texts: a group's heading and an entry's label (shell.MenuContribution). */
  private static final Pattern MENU_KEY =
      Pattern.compile("(?:MenuEntry\\.of|new MenuGroup)\\(\\s*\"[^\"]+\",\\s*\"([^\"]+)\"");

  private static final Pattern BEAN_KEY =
      Pattern.compile(
          "(?:Texts\\.of|ConsoleTexts\\.text|\\btext)\\((?:[^;\"]*?),\\s*\"([^\"]+)\"\\)");

  @Test
  void chineseIsTheBaseFileAndEnglishHasTheSameKeys() {
    assertEquals(keys(""), keys("_en"));
    assertTrue(
        ConsoleTextsTest.class.getResource("/org/onewindow/web/console/messages_zh_CN.properties")
            == null,
        "no copy of the Chinese file: the base file is the Chinese");
  }

  @Test
  void everyKeyAPageOrABeanNamesExistsAndNoneIsUnnamed() {
    Set<String> keys = keys("");
    List<String> named = new ArrayList<>();
    List<String> families = new ArrayList<>();
    sources(PAGES, ".xhtml").forEach(page -> collect(PAGE_KEY, page, named));
    sources(PAGES, ".xhtml").forEach(page -> collect(PAGE_FAMILY, page, families));
    sources(BEANS, ".java").forEach(bean -> collect(BEAN_KEY, bean, named));
    sources(BEANS, ".java").forEach(bean -> collect(MENU_KEY, bean, named));
    assertEquals(
        List.of(), named.stream().filter(k -> !keys.contains(k)).distinct().toList(), "missing");
    List<String> unnamed =
        keys.stream()
            .filter(k -> !named.contains(k) && families.stream().noneMatch(k::startsWith))
            .toList();
    assertEquals(List.of(), unnamed, "keys no page or bean names");
    assertFalse(named.isEmpty());
  }

  @Test
  void chineseUnlessEnglishIsChosenWhateverTheServersLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertEquals("一体化政务服务平台 · 管理控制台", texts(Locale.SIMPLIFIED_CHINESE).get("console.title"));
      assertEquals("OneWindow administration console", texts(Locale.ENGLISH).get("console.brand"));
      assertEquals("???no.such.key???", texts(Locale.ENGLISH).get("no.such.key"));
    } finally {
      Locale.setDefault(before);
    }
  }

  private static PageTexts texts(Locale language) {
    return new PageTexts(ConsoleTexts.BUNDLE) {
      @Override
      protected Locale language() {
        return language;
      }
    };
  }

  private static Set<String> keys(String suffix) {
    String resource = "/org/onewindow/web/console/messages" + suffix + ".properties";
    try (InputStream in = ConsoleTextsTest.class.getResourceAsStream(resource)) {
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new TreeSet<>(texts.stringPropertyNames());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(Pattern pattern, String source, List<String> into) {
    Matcher m = pattern.matcher(source);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  private static Stream<String> sources(Path root, String extension) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(extension)).toList().stream()
          .map(ConsoleTextsTest::read);
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
