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

  /** The {@code name: value} lines of the first block named {@code name}, in document order. */
  public static Map<String, String> fields(String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : block(name).split("\n")) {
      int colon = line.indexOf(": ");
      if (colon < 0) {
        throw new AssertionError("not a 'name: value' line in ```" + name + ": " + line);
      }
      fields.put(line.substring(0, colon), line.substring(colon + 2));
    }
    return fields;
  }
}
