package org.onewindow.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The production EAR ({@code onewindow-production.ear}) carries no DEMO module and no DEMO class,
 * anywhere down its nested archives; the default EAR, the embedded run's and the tests', still
 * carries them. Runs in the package phase (surefire execution production-ear-test, which names both
 * EARs), once both exist.
 */
@EnabledIfSystemProperty(named = "onewindow.production.ear", matches = ".+")
class ProductionEarTest {

  /** The DEMO modules: the seeders, the two demo WARs and the SANDBOX upper platform. */
  private static final Set<String> DEMO_MODULES =
      Set.of(
          "demo-data.jar",
          "sample-upstream.war",
          "lightapp-demo.war",
          "sandbox-upper-platform.war");

  /** Where DEMO classes live: the seeders' package and the demo and sandbox WARs' packages. */
  private static final List<String> DEMO_PACKAGES =
      List.of(
          "org/onewindow/demo/",
          "org/onewindow/web/lightapp/",
          "org/onewindow/web/sample/",
          "org/onewindow/web/sandbox/");

  @Test
  void theProductionEarHasNoDemoModuleNoDemoClassAndNamesNoDemoModule() throws IOException {
    Path ear = Path.of(System.getProperty("onewindow.production.ear"));
    List<String> entries = entries(ear);
    List<String> demo = entries.stream().filter(ProductionEarTest::isDemo).toList();
    assertEquals(List.of(), demo, "DEMO content in " + ear);
    assertTrue(entries.contains("ejb-module.jar"), "the platform's EJB module is there");
    assertTrue(
        entries.contains("ejb-module.jar!/org/onewindow/appcenter/domain/AccessUnit.class"),
        "its classes are there");
    String applicationXml = text(ear, "META-INF/application.xml");
    for (String module : DEMO_MODULES) {
      assertTrue(!applicationXml.contains(module), module + " named in application.xml");
    }
  }

  @Test
  void theDefaultEarKeepsTheDemoForTheEmbeddedRun() throws IOException {
    Path ear = Path.of(System.getProperty("onewindow.ear"));
    List<String> entries = entries(ear);
    for (String module : DEMO_MODULES) {
      assertTrue(entries.contains(module), module + " missing from " + ear);
    }
    assertTrue(entries.contains("demo-data.jar!/org/onewindow/demo/DemoAppCenter.class"));
    assertTrue(entries.stream().anyMatch(ProductionEarTest::isDemo));
    // A module the descriptor does not name is not deployed.
    String applicationXml = text(ear, "META-INF/application.xml");
    for (String module : DEMO_MODULES) {
      assertTrue(applicationXml.contains(module), module + " not named in application.xml");
    }
  }

  private static boolean isDemo(String entry) {
    String inner = entry.substring(entry.lastIndexOf('!') + 1).replaceFirst("^/", "");
    String path = inner.replaceFirst("^WEB-INF/classes/", "");
    String name = path.substring(path.lastIndexOf('/') + 1);
    return DEMO_MODULES.contains(name)
        || DEMO_PACKAGES.stream().anyMatch(path::startsWith)
        || (name.startsWith("Demo") && name.endsWith(".class"));
  }

  /** Every entry, nested archives opened: {@code outer.war!/WEB-INF/lib/x.jar!/a/B.class}. */
  private static List<String> entries(Path ear) throws IOException {
    List<String> entries = new ArrayList<>();
    try (InputStream in = Files.newInputStream(ear)) {
      collect("", in, entries);
    }
    return entries;
  }

  private static void collect(String prefix, InputStream archive, List<String> entries)
      throws IOException {
    ZipInputStream zip = new ZipInputStream(archive);
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      String name = prefix + entry.getName();
      entries.add(name);
      if (!entry.isDirectory() && (name.endsWith(".jar") || name.endsWith(".war"))) {
        collect(name + "!/", new ByteArrayInputStream(zip.readAllBytes()), entries);
      }
    }
  }

  private static String text(Path ear, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ear))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new IllegalStateException(name + " not in " + ear);
  }
}
