package org.onewindow.batch.sync;

import java.util.Map;
import java.util.StringJoiner;
import org.onewindow.batch.sync.format.RawRecord;

/**
 * Excerpts of personal records for rejections (003 6.3.2.3: personal data masked in every view and
 * log): the key and the field names as read; every other value reduced to its first character and
 * its length, so an operator can still see which field was empty or too long.
 */
final class Excerpts {

  private Excerpts() {}

  static String masked(Map<String, String> fields, String keyField) {
    StringJoiner text = new StringJoiner(", ", "{", "}");
    fields.forEach(
        (name, value) -> {
          if (name.equals(keyField) || name.equals(InboundFeed.VERSION_FIELD)) {
            text.add(name + "=" + value);
          } else {
            text.add(name + "=" + mask(value));
          }
        });
    String all = text.toString();
    return all.length() <= RawRecord.EXCERPT ? all : all.substring(0, RawRecord.EXCERPT);
  }

  private static String mask(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return value
            .codePoints()
            .limit(1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        + "*("
        + value.codePointCount(0, value.length())
        + ")";
  }
}
