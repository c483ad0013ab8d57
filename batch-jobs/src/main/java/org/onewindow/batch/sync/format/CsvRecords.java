package org.onewindow.batch.sync.format;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV (RFC 4180): the first row names the fields; fields may be quoted with {@code "}, a quote
 * doubled inside, line breaks allowed inside quotes. A row whose field count differs from the
 * header's is one malformed record and reading goes on.
 */
final class CsvRecords implements RecordSource {

  private final Reader reader;
  private final List<String> header;
  private final StringBuilder raw = new StringBuilder();
  private long ordinal;
  private int pushedBack = -2;

  CsvRecords(Reader reader) throws IOException {
    this.reader = reader;
    List<String> names = row();
    this.header = names == null ? List.of() : names.stream().map(String::strip).toList();
  }

  @Override
  public RawRecord next() throws IOException {
    List<String> row;
    do {
      row = row();
      if (row == null) {
        return null;
      }
    } while (row.size() == 1 && row.get(0).isEmpty()); // a blank line
    ordinal++;
    String excerpt = raw.toString();
    if (row.size() != header.size()) {
      return RawRecord.malformed(
          ordinal, row.size() + " fields where the header names " + header.size(), excerpt);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < row.size(); i++) {
      fields.put(header.get(i), row.get(i));
    }
    return RawRecord.of(ordinal, fields, excerpt);
  }

  /** The next row's fields, or null at the end of the text. */
  private List<String> row() throws IOException {
    raw.setLength(0);
    int c = read();
    if (c == -1) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (c == -1) {
        fields.add(field.toString());
        return fields;
      }
      if (quoted) {
        if (c == '"') {
          int after = read();
          if (after == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = after;
            continue;
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r') {
          int after = read();
          if (after != '\n') {
            pushedBack = after;
          }
        }
        fields.add(field.toString());
        return fields;
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private int read() throws IOException {
    int c;
    if (pushedBack != -2) {
      c = pushedBack;
      pushedBack = -2;
    } else {
      c = reader.read();
    }
    if (c != -1 && c != '\r' && c != '\n' && raw.length() < RawRecord.EXCERPT) {
      raw.append((char) c);
    }
    return c;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
