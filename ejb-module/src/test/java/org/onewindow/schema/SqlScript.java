package org.onewindow.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL script into statements: ends at a semicolon outside quotes, drops comments and
 * psql's backslash commands (pg_dump writes {@code \restrict} lines since PostgreSQL 15.14). Enough
 * for the rows file and for pg_dump's plain {@code --inserts} output; not a general SQL parser (no
 * dollar quoting).
 */
final class SqlScript {

  private SqlScript() {}

  static String resource(String name) {
    try (InputStream in = SqlScript.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (String line : script.split("\n", -1)) {
      if (!quoted && (line.startsWith("\\") || line.strip().startsWith("--"))) {
        continue;
      }
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\'') {
          quoted = !quoted;
        }
        if (!quoted && c == '-' && line.startsWith("--", i)) {
          break;
        }
        if (!quoted && c == ';') {
          add(statements, current);
          current.setLength(0);
        } else {
          current.append(c);
        }
      }
      current.append('\n');
    }
    add(statements, current);
    return statements;
  }

  private static void add(List<String> statements, StringBuilder statement) {
    String text = statement.toString().strip();
    if (!text.isEmpty()) {
      statements.add(text);
    }
  }
}
