package org.onewindow.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The DEMO data files of this module (under {@code org/onewindow/demo}): the Chinese the seeders
 * and the matter generator write lives there, not in Java literals (the build's literal scan,
 * {@code BundleCompletenessTest}, covers this module too). Always read as UTF-8, whatever the JVM's
 * default charset, so the demo is the same on every machine.
 */
public final class DemoResources {

  /** The texts of {@link #text}: MessageFormat patterns, one language (the demo's data). */
  private static final String TEXTS = "org/onewindow/demo/demo-texts.properties";

  private static volatile Properties texts;

  private DemoResources() {}

  /**
   * The rows of a tab-separated resource: every line but blank ones and {@code #} comments, its
   * fields as written (empty fields kept).
   */
  public static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(open(resource))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The demo text of {@code key} with {@code arguments} (strings) put in. */
  public static String text(String key, Object... arguments) {
    String pattern = texts().getProperty(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no demo text " + key + " in " + TEXTS);
    }
    return new MessageFormat(pattern, Locale.ROOT).format(arguments);
  }

  private static Properties texts() {
    Properties loaded = texts;
    if (loaded == null) {
      loaded = new Properties();
      try (Reader reader = open(TEXTS)) {
        loaded.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      texts = loaded;
    }
    return loaded;
  }

  private static Reader open(String resource) {
    InputStream in = DemoResources.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("DEMO data resource missing: " + resource);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
