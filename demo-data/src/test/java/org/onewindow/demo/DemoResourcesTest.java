package org.onewindow.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo texts the code names are the ones the file has, read as UTF-8. */
class DemoResourcesTest {

  /** {@code text("matter.location", …)}: a key the seeders or the generator name. */
  private static final Pattern NAMED = Pattern.compile("text\\(\\s*\"([a-zA-Z.]+)\"");

  @Test
  void theCodeNamesEveryTextOfTheFileAndNoOther() throws IOException {
    assertEquals(keysInFile(), keysNamedInCode());
  }

  @Test
  void textsAreReadAsUtf8WithTheirArgumentsPutIn() {
    assertEquals(
        "DEMO \u5e94\u7528\uff1a" + "x", DemoResources.text("appcenter.app.description", "x"));
    assertThrows(IllegalArgumentException.class, () -> DemoResources.text("no.such.text"));
  }

  private static Set<String> keysInFile() throws IOException {
    Properties texts = new Properties();
    try (var in =
        DemoResources.class
            .getClassLoader()
            .getResourceAsStream("org/onewindow/demo/demo-texts.properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(texts.stringPropertyNames());
  }

  private static Set<String> keysNamedInCode() throws IOException {
    Set<String> keys = new TreeSet<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path source : sources) {
      Matcher named = NAMED.matcher(Files.readString(source));
      while (named.find()) {
        keys.add(named.group(1));
      }
    }
    return keys;
  }
}
