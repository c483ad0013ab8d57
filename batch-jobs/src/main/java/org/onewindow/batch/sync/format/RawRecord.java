package org.onewindow.batch.sync.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onewindow.exchange.ReadOnlyFields;

/**
 * One record as a file held it, or why it could not be read.
 *
 * @param ordinal its number in the file, from 1
 * @param fields field name to text, in the order read (blank values left out); null if malformed
 * @param problem why it could not be read; null if it was
 * @param excerpt the record as read, for a rejection (cut to {@link #EXCERPT} characters)
 */
public record RawRecord(long ordinal, Map<String, String> fields, String problem, String excerpt) {

  public static final int EXCERPT = 2_000;

  public static RawRecord of(long ordinal, Map<String, String> fields, String excerpt) {
    Map<String, String> kept = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            kept.put(name, value);
          }
        });
    return new RawRecord(ordinal, Collections.unmodifiableMap(kept), null, cut(excerpt));
  }

  /**
   * A record whose {@code fields} the caller made for it alone, already without blank values: kept
   * as it is, without the copy {@link #of} makes.
   */
  static RawRecord ofKept(long ordinal, LinkedHashMap<String, String> fields, String excerpt) {
    return new RawRecord(ordinal, ReadOnlyFields.adopt(fields), null, cut(excerpt));
  }

  public static RawRecord malformed(long ordinal, String problem, String excerpt) {
    return new RawRecord(ordinal, null, problem, cut(excerpt));
  }

  public boolean isMalformed() {
    return fields == null;
  }

  static String cut(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT);
  }
}
