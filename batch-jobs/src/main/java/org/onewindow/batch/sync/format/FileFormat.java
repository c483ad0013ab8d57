package org.onewindow.batch.sync.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats of the exchange files, told by the name's extension (docs/wire-formats.md §8.1). */
public enum FileFormat {
  /** {@code .jsonl}, {@code .ndjson}, {@code .json}: JSON lines, or one JSON array of objects. */
  JSON,
  /** {@code .csv}: RFC 4180, a header row naming the fields. */
  CSV,
  /** {@code .xml}: {@code <records><record><field_name>value</field_name>…</record>…</records>}. */
  XML;

  /** The format of a data file's name; empty for a name that is no data file. */
  public static Optional<FileFormat> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(Manifest.SUFFIX) || name.endsWith(".tmp")) {
      return Optional.empty();
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (name.endsWith(".xml")) {
      return Optional.of(XML);
    }
    return Optional.empty();
  }

  /** Opens a file's records, its text decoded in {@code charset} (a byte order mark skipped). */
  public RecordSource open(Path file, Charset charset) throws IOException {
    Reader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16);
    try {
      skipByteOrderMark(reader);
      return switch (this) {
        case JSON -> JsonRecords.open(reader);
        case CSV -> new CsvRecords(reader);
        case XML -> new XmlRecords(reader);
      };
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private static void skipByteOrderMark(Reader reader) throws IOException {
    reader.mark(1);
    int first = reader.read();
    if (first != '\uFEFF' && first != -1) {
      reader.reset();
    }
  }
}
