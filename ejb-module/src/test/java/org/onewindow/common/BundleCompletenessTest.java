package org.onewindow.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message the platform shows is in its capability's bundle, in Chinese and English (the
 * design guide's "zh-CN first, English second"), and the converted packages write no Chinese of
 * their own (issue 15 item 5). Reads the sources of every module's {@code src/main/java}: a key is
 * a string literal that starts with a capability's prefix ({@code inspection.check.PAGE}); a
 * literal ending in a dot ({@code "inspection.notOnline." + type.name()}) names a family of keys.
 */
class BundleCompletenessTest {

  /** The repository: the tests run in {@code ejb-module}. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  /**
   * The sources converted to keys: every package of the EJB module and the batch jobs, the API and
   * the gateway, and the console and the portal (whose pages' texts are their own bundles', checked
   * by {@code ConsoleTextsTest} and {@code PortalTextsTest}; here only for Chinese written in
   * code), the JSSDK and the sandbox upper platform. The DEMO data module too: its Chinese is data,
   * kept in its resources ({@code DemoResources}), not in literals. Not the light-app demo or the
   * sample upstream, whose Chinese is their data in code. Web-support too: its one API envelope
   * (10008) reads the common refusals.
   */
  private static final List<Path> CONVERTED =
      List.of(
          Path.of("ejb-module/src/main/java/org/onewindow/appcenter"),
          Path.of("ejb-module/src/main/java/org/onewindow/common"),
          Path.of("ejb-module/src/main/java/org/onewindow/export"),
          Path.of("ejb-module/src/main/java/org/onewindow/files"),
          Path.of("ejb-module/src/main/java/org/onewindow/filing"),
          Path.of("ejb-module/src/main/java/org/onewindow/identity"),
          Path.of("ejb-module/src/main/java/org/onewindow/inspection"),
          Path.of("ejb-module/src/main/java/org/onewindow/matter"),
          Path.of("ejb-module/src/main/java/org/onewindow/ops"),
          Path.of("ejb-module/src/main/java/org/onewindow/outbound"),
          Path.of("ejb-module/src/main/java/org/onewindow/region"),
          Path.of("ejb-module/src/main/java/org/onewindow/review"),
          Path.of("ejb-module/src/main/java/org/onewindow/schema"),
          Path.of("batch-jobs/src/main/java"),
          Path.of("web-module/api/src/main/java"),
          Path.of("web-module/gateway/src/main/java"),
          Path.of("web-module/console/src/main/java"),
          Path.of("web-module/portal/src/main/java"),
          Path.of("web-module/jssdk/src/main/java"),
          Path.of("web-module/sandbox-upper-platform/src/main/java"),
          Path.of("web-module/web-support/src/main/java"),
          Path.of("demo-data/src/main/java"));

  /**
   * Chinese literals that are not messages, each with the reason: a file name for a file whose
   * Chinese is all data, {@code File.java: literal} for one literal.
   */
  private static final Map<String, String> NOT_MESSAGES =
      Map.of(
          "InspectionRequest.java",
          "reads example values out of Chinese parameter descriptions (例如：…): input syntax",
          "Halls.java",
          "reference data: the names of the national hall, the province-level divisions (GB/T 2260)"
              + " and the departmental halls (001 8.1), and the 分厅 / 部门分厅 suffixes of the"
              + " hall names stored with them",
          "ServiceThemes.java",
          "the service themes (主题) of C 0109.2-2018 9.16 and 9.17, and 其他 (001 6.3.4):"
              + " catalogue values stored with an app, compared as given");

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+\\.?");

  /** {@code "gateway." + name()}: a literal naming the keys that start with it. */
  private static final Pattern FAMILY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)*\\.");

  @Test
  void everyBundleHasTheSameKeysInChineseAndEnglish() {
    for (String capability : Messages.capabilities()) {
      String bundle = Messages.bundleName(capability + ".x");
      assertEquals(
          keys(bundle, ""), keys(bundle, "_en"), bundle + ": Chinese and English keys differ");
    }
  }

  @Test
  void everyKeyTheCodeNamesExists() {
    List<String> missing = new ArrayList<>();
    for (String literal : literals(mainSources())) {
      if (isKey(literal) && !literal.endsWith(".") && !exists(literal)) {
        missing.add(literal);
      }
    }
    assertEquals(List.of(), missing, "keys named in code but not in their bundle");
  }

  @Test
  void everyLabelledConstantHasItsLabel() throws ReflectiveOperationException {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : labelledEnums()) {
      for (Object constant : type.getEnumConstants()) {
        String key = ((Labelled) constant).labelKey();
        if (!exists(key)) {
          missing.add(key);
        }
      }
    }
    assertEquals(List.of(), missing, "enum labels without their key");
  }

  @Test
  void noKeyIsOrphaned() throws ReflectiveOperationException {
    Set<String> named = new TreeSet<>(literals(mainSources()));
    for (Class<?> type : labelledEnums()) {
      for (Object constant : type.getEnumConstants()) {
        named.add(((Labelled) constant).labelKey());
      }
    }
    List<String> families = named.stream().filter(l -> FAMILY.matcher(l).matches()).toList();
    List<String> orphans = new ArrayList<>();
    for (String capability : Messages.capabilities()) {
      for (String key : keys(Messages.bundleName(capability + ".x"), "")) {
        if (!named.contains(key) && families.stream().noneMatch(key::startsWith)) {
          orphans.add(key);
        }
      }
    }
    assertEquals(List.of(), orphans, "keys no code names");
  }

  @Test
  void noChineseLiteralIsLeftInTheConvertedPackages() {
    for (Path dir : CONVERTED) {
      // a moved or renamed module must not leave the scan silently
      assertTrue(Files.isDirectory(ROOT.resolve(dir)), dir + " is missing");
    }
    Map<String, List<String>> found = new TreeMap<>();
    for (Path file : CONVERTED.stream().flatMap(dir -> javaFiles(ROOT.resolve(dir))).toList()) {
      String name = file.getFileName().toString();
      if (NOT_MESSAGES.containsKey(name)) {
        continue;
      }
      List<String> chinese =
          JavaLiterals.of(read(file)).stream()
              .filter(l -> HAN.matcher(l).find())
              .filter(l -> !NOT_MESSAGES.containsKey(name + ": " + l))
              .toList();
      if (!chinese.isEmpty()) {
        found.put(ROOT.relativize(file).toString(), chinese);
      }
    }
    assertEquals(Map.of(), found, "Chinese written in code rather than in a bundle");
  }

  @Test
  void theScannerSkipsCommentsAndReadsEscapes() {
    assertEquals(
        List.of("a.b", "中", "x\"y"),
        JavaLiterals.of(
            "// \"no\"\n/* \"no\" */ f(\"a.b\", '\"', \"\\u4e2d\", \"x\\\"y\"); // \"no\""));
    assertTrue(isKey("inspection.check.PAGE") && !isKey("org.onewindow.x") && !isKey("a"));
  }

  private static boolean isKey(String literal) {
    Matcher key = KEY.matcher(literal);
    return key.matches()
        && Messages.capabilities().contains(literal.substring(0, literal.indexOf('.')));
  }

  private static boolean exists(String key) {
    return keys(Messages.bundleName(key), "").contains(key);
  }

  private static Set<String> keys(String bundle, String suffix) {
    String resource = bundle.replace('.', '/') + suffix + ".properties";
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
      assertTrue(in != null, resource + " is missing");
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new TreeSet<>(properties.stringPropertyNames());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The enums that implement {@link Labelled}, found by their sources. */
  private static List<Class<?>> labelledEnums() throws ReflectiveOperationException {
    List<Class<?>> types = new ArrayList<>();
    for (Path file : javaFiles(ROOT.resolve("ejb-module/src/main/java")).toList()) {
      String source = read(file);
      if (source.contains("enum " + baseName(file) + " implements Labelled")) {
        String name = ROOT.resolve("ejb-module/src/main/java").relativize(file).toString();
        types.add(Class.forName(name.replace('/', '.').replaceAll("\\.java$", "")));
      }
    }
    assertTrue(!types.isEmpty(), "no Labelled enum found: is the source root right?");
    return types;
  }

  private static String baseName(Path file) {
    return file.getFileName().toString().replaceAll("\\.java$", "");
  }

  /**
   * The sources that name keys of these bundles: the EJB modules and the WARs that answer with
   * their refusals (the API, the gateway). The console and the portal have bundles of their own.
   */
  private static List<Path> mainSources() {
    return Stream.of(
            "ejb-module/src/main/java",
            "batch-jobs/src/main/java",
            "web-module/api/src/main/java",
            "web-module/gateway/src/main/java",
            "web-module/web-support/src/main/java")
        .flatMap(dir -> javaFiles(ROOT.resolve(dir)))
        .toList();
  }

  private static List<String> literals(List<Path> files) {
    return files.stream().flatMap(f -> JavaLiterals.of(read(f)).stream()).toList();
  }

  private static Stream<Path> javaFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
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
