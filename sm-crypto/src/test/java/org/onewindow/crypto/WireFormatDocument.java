package org.onewindow.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test vectors of {@code docs/wire-formats.md}, read from the document itself (issue 16 item
 * 1): a fenced block whose info string names it ({@code ```ticket-v1}) holds {@code name: value}
 * lines, or a text taken as it stands ({@code ```canonical}).
 */
public final class WireFormatDocument {

  /** The tests run in {@code sm-crypto}; the document is the repository's. */
  public static final Path PATH = Path.of("..", "docs", "wire-formats.md");

  /** The demo secrets of the vectors, in a file named as such. */
  public static final Path DEMO_KEYS =
      Path.of("..", "docs", "demo-keys", "wire-format-vectors.txt");

  private static final Pattern BLOCK =
      Pattern.compile("```([\\w-]+)\\n(.*?)\\n```", Pattern.DOTALL);

  private WireFormatDocument() {}

  /** The whole document. */
  public static String text() {
    try {
      return Files.readString(PATH, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the first block named {@code name}. */
  public static String block(String name) {
    Matcher blocks = BLOCK.matcher(text());
    while (blocks.find()) {
      if (blocks.group(1).equals(name)) {
        return blocks.group(2);
      }
    }
    throw new AssertionError("no ```" + name + " block in " + PATH);
  }

  /**
   * The {@code name: value} lines of the first block named {@code name}, in document order, and
   * after them the block's demo secrets from {@link #DEMO_KEYS} (lines {@code name.field: value}),
   * kept out of the document so that it holds no key that looks like a secret.
   */
  public static Map<String, String> fields(String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : block(name).split("\n")) {
      put(fields, line, "```" + name);
    }
    String prefix = name + ".";
    for (String line : lines(DEMO_KEYS)) {
      if (line.startsWith(prefix)) {
        put(fields, line.substring(prefix.length()), DEMO_KEYS.toString());
      }
    }
    return fields;
  }

  private static void put(Map<String, String> fields, String line, String where) {
    int colon = line.indexOf(": ");
    if (colon < 0) {
      throw new AssertionError("not a 'name: value' line in " + where + ": " + line);
    }
    fields.put(line.substring(0, colon), line.substring(colon + 2));
  }

  private static java.util.List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
