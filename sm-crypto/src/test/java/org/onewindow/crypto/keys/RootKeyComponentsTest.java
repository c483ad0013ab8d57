package org.onewindow.crypto.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.crypto.CryptoException;

/**
 * Root-key components from the environment and from files, and everything that must stop them from
 * assembling (003 6.3.2.3 c).
 */
class RootKeyComponentsTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final String PREFIX = RootKeyComponents.VARIABLE_PREFIX;
  private static final KekId PROBE = new KekId("probe", 1);

  private final List<String> components = RootKeyComponents.generateComponents(3);

  /** The root key, observed through a KEK derived from it: the root itself never leaves. */
  private static byte[] fingerprint(RootKeyComponents components) {
    try (RootKey root = components.assemble()) {
      return root.deriveKek(PROBE).bytes();
    }
  }

  private static String base64(String hex) {
    return Base64.getEncoder().encodeToString(HEX.parseHex(hex));
  }

  private static String base64Url(String hex) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(HEX.parseHex(hex));
  }

  /** Refused with a message containing {@code expected} and none of {@code secrets}. */
  private static void assertRefused(Runnable action, String expected, String... secrets) {
    CryptoException e = assertThrows(CryptoException.class, action::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    for (String secret : secrets) {
      // 003 6.3.2.1 d: key material never reaches a message, hence never a log line.
      assertFalse(e.getMessage().contains(secret), "message echoes key material");
    }
  }

  private static Runnable assembling(Map<String, String> environment) {
    return () -> RootKeyComponents.fromEnvironment(environment::get).verify();
  }

  @Test
  void readsComponentsFromEnvironmentVariables() {
    RootKeyComponents read =
        RootKeyComponents.fromEnvironment(Fixtures.environment(components)::get);
    assertEquals(
        List.of(
            ComponentSource.environment(PREFIX + 1),
            ComponentSource.environment(PREFIX + 2),
            ComponentSource.environment(PREFIX + 3)),
        read.sources());
    read.verify();
  }

  @Test
  void readsComponentsFromFilesNamedInTheEnvironment(@TempDir Path dir) throws IOException {
    Path first = Files.writeString(dir.resolve("component-1"), base64(components.get(0)) + "\n");
    Path second = Files.writeString(dir.resolve("component-2"), components.get(1) + "\r\n");
    Map<String, String> environment =
        Map.of(PREFIX + "1_FILE", first.toString(), PREFIX + "2_FILE", second.toString());
    RootKeyComponents fromFiles = RootKeyComponents.fromEnvironment(environment::get);
    assertEquals(
        List.of(ComponentSource.file(first), ComponentSource.file(second)), fromFiles.sources());

    // The same two components, one in a variable and one in a file, make the same root key.
    Map<String, String> mixed =
        Map.of(PREFIX + "1", components.get(0), PREFIX + "2_FILE", second.toString());
    assertArrayEquals(
        fingerprint(fromFiles), fingerprint(RootKeyComponents.fromEnvironment(mixed::get)));
  }

  @Test
  void takesSourcesFromAnyConfiguration(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("c"), components.get(1));
    RootKeyComponents explicit =
        RootKeyComponents.of(
            List.of(ComponentSource.environment("CUSTODIAN_A"), ComponentSource.file(file)),
            Map.of("CUSTODIAN_A", components.get(0))::get);
    Map<String, String> environment = Fixtures.environment(components.subList(0, 2));
    assertArrayEquals(
        fingerprint(RootKeyComponents.fromEnvironment(environment::get)), fingerprint(explicit));
  }

  @Test
  void hexAndEveryBase64SpellingOfAComponentAreTheSame() {
    String a = components.get(0);
    String b = components.get(1);
    byte[] hex =
        fingerprint(RootKeyComponents.fromEnvironment(Fixtures.environment(List.of(a, b))::get));
    for (List<String> spelling :
        List.of(
            List.of(a.toUpperCase(), b),
            List.of(base64(a), base64Url(b)),
            List.of(base64Url(a), "  " + base64(b) + "\n"))) {
      Function<String, String> environment = Fixtures.environment(spelling)::get;
      assertArrayEquals(hex, fingerprint(RootKeyComponents.fromEnvironment(environment)));
    }
  }

  @Test
  void theRootKeyDoesNotDependOnTheOrderOfTheComponents() {
    // XOR is commutative, as the construction documents.
    byte[] original =
        fingerprint(RootKeyComponents.fromEnvironment(Fixtures.environment(components)::get));
    List<String> reordered = List.of(components.get(2), components.get(0), components.get(1));
    assertArrayEquals(
        original,
        fingerprint(RootKeyComponents.fromEnvironment(Fixtures.environment(reordered)::get)));
  }

  @Test
  void theRootKeyDependsOnEveryComponent() {
    byte[] original =
        fingerprint(RootKeyComponents.fromEnvironment(Fixtures.environment(components)::get));
    for (int i = 0; i < components.size(); i++) {
      List<String> changed = new ArrayList<>(components);
      changed.set(i, RootKeyComponents.generateComponents(2).get(0));
      assertFalse(
          Arrays.equals(
              original,
              fingerprint(RootKeyComponents.fromEnvironment(Fixtures.environment(changed)::get))));
    }
  }

  @Test
  void refusesFewerThanTwoComponents() {
    // 003 6.3.2.3 c: one component would be the root key stored whole.
    assertRefused(assembling(Map.of()), "at least 2 components");
    assertRefused(
        assembling(Fixtures.environment(components.subList(0, 1))), "found 1", components.get(0));
    assertRefused(
        () ->
            RootKeyComponents.of(List.of(ComponentSource.environment("A")), Map.of("A", "x")::get),
        "at least 2 components");
  }

  @Test
  void refusesADuplicateComponentWhateverItsSpelling() {
    String component = components.get(0);
    assertRefused(
        assembling(Fixtures.environment(List.of(component, components.get(1), base64(component)))),
        "root key components 1 and 3 are identical",
        component,
        base64(component));
  }

  @Test
  void refusesOneSourceListedTwice(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("c"), components.get(0));
    assertRefused(
        () ->
            RootKeyComponents.of(
                List.of(ComponentSource.file(file), ComponentSource.file(dir.resolve("x/../c"))),
                Map.<String, String>of()::get),
        "both come from file " + file.toAbsolutePath());
    assertRefused(
        () ->
            RootKeyComponents.of(
                List.of(ComponentSource.environment("A"), ComponentSource.environment("A")),
                Map.<String, String>of()::get),
        "both come from environment variable A");
  }

  @Test
  void refusesComponentsOfTheWrongLength() {
    String shortHex = components.get(0).substring(2);
    String longBase64 = Base64.getEncoder().encodeToString(new byte[33]);
    assertRefused(
        assembling(Fixtures.environment(List.of(shortHex, components.get(1)))),
        "root key component 1 (environment variable " + PREFIX + "1) is not 32 bytes",
        shortHex);
    assertRefused(
        assembling(Fixtures.environment(List.of(components.get(0), longBase64))),
        "component 2 (environment variable " + PREFIX + "2) is not 32 bytes",
        longBase64);
  }

  @Test
  void refusesComponentsThatAreNeitherHexNorBase64() {
    String garbled = components.get(1).substring(0, 63) + "!";
    String spaced = components.get(1).substring(0, 30) + " " + components.get(1).substring(30);
    for (String bad : List.of(garbled, spaced, "密钥组件")) {
      assertRefused(
          assembling(Fixtures.environment(List.of(components.get(0), bad))),
          "component 2 (environment variable " + PREFIX + "2) is neither 64 hex digits nor Base64",
          bad);
    }
  }

  @Test
  void refusesComponentsThatAreZeroOrCancelOut() {
    String zero = "0".repeat(64);
    assertRefused(
        assembling(Fixtures.environment(List.of(components.get(0), zero))), "is all zeros");
    byte[] a = HEX.parseHex(components.get(0));
    byte[] b = HEX.parseHex(components.get(1));
    byte[] c = new byte[32];
    for (int i = 0; i < 32; i++) {
      c[i] = (byte) (a[i] ^ b[i]);
    }
    assertRefused(
        assembling(
            Fixtures.environment(List.of(components.get(0), components.get(1), HEX.formatHex(c)))),
        "cancel out");
  }

  @Test
  void refusesAmbiguousOrGappedNumbering(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("c"), components.get(1));
    assertRefused(
        assembling(
            Map.of(
                PREFIX + "1", components.get(0),
                PREFIX + "2", components.get(1),
                PREFIX + "2_FILE", file.toString())),
        "both " + PREFIX + "2 and " + PREFIX + "2_FILE are set");
    assertRefused(
        assembling(Map.of(PREFIX + "1", components.get(0), PREFIX + "3", components.get(2))),
        PREFIX + "3 is set but " + PREFIX + "2 is not");
  }

  @Test
  void refusesAComponentFileThatCannotBeRead(@TempDir Path dir) {
    Path missing = dir.resolve("missing");
    assertRefused(
        assembling(Map.of(PREFIX + "1", components.get(0), PREFIX + "2_FILE", missing.toString())),
        "file " + missing + " cannot be read: NoSuchFileException");
  }

  @Test
  void readsTheComponentsAgainEachTimeTheRootKeyIsAssembled() {
    // 003 6.3.2.3 c: nothing is kept between assemblies, so a removed component is noticed.
    Map<String, String> environment = new HashMap<>(Fixtures.environment(components));
    RootKeyComponents read = RootKeyComponents.fromEnvironment(environment::get);
    read.verify();
    environment.remove(PREFIX + "3");
    assertRefused(read::verify, "environment variable " + PREFIX + "3 is not set");
  }

  @Test
  void generatesDistinctRandomComponents() {
    List<String> fresh = RootKeyComponents.generateComponents(5);
    assertEquals(5, fresh.size());
    assertEquals(5, new HashSet<>(fresh).size());
    fresh.forEach(c -> assertTrue(c.matches("[0-9a-f]{64}"), "64 lower-case hex digits"));
    RootKeyComponents.fromEnvironment(Fixtures.environment(fresh)::get).verify();
    assertRefused(() -> RootKeyComponents.generateComponents(1), "generate 2 to 16 components");
  }

  @Test
  void describesItselfWithoutTheComponents() {
    RootKeyComponents read =
        RootKeyComponents.fromEnvironment(Fixtures.environment(components)::get);
    String text = read.toString();
    assertTrue(text.contains("environment variable " + PREFIX + "1"), text);
    components.forEach(c -> assertFalse(text.contains(c)));
  }
}
