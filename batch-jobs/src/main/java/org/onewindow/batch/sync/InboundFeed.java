package org.onewindow.batch.sync;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.onewindow.batch.sync.format.RawRecord;
import org.onewindow.common.Message;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.IsoInstants;
import org.onewindow.exchange.ReadOnlyFields;

/**
 * What the inbound jobs take in, with the field that is each record's natural key; every record's
 * version is its {@value #VERSION_FIELD} (docs/wire-formats.md §8.1).
 */
public enum InboundFeed {
  /** 基本目录 from the upper platform (002 6.2 a), by 基本编码. */
  CATALOGUE("catalogue", "basic_code", false),
  /** 办件 from departments' business systems (004 7), by 办件编号. */
  CASES("cases", "case_no", true);

  public static final String VERSION_FIELD = "updated_at";

  /** Times without an offset are Beijing time, as departments' systems write them. */
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter SPACED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]", Locale.ROOT);

  private final String directory;
  private final String keyField;
  private final boolean personal;

  InboundFeed(String directory, String keyField, boolean personal) {
    this.directory = directory;
    this.keyField = keyField;
    this.personal = personal;
  }

  /** The feed's name: its directory under {@code inbound/} and its staging rows' feed. */
  public String feedName() {
    return directory;
  }

  public String keyField() {
    return keyField;
  }

  /** Whether its records carry personal data (an excerpt of one is masked). */
  public boolean personal() {
    return personal;
  }

  public static InboundFeed named(String name) {
    for (InboundFeed feed : values()) {
      if (feed.directory.equals(name)) {
        return feed;
      }
    }
    throw new IllegalArgumentException("no inbound feed " + name);
  }

  /**
   * The record a read record is.
   *
   * @throws MalformedRecordException when it has no key or no readable version
   */
  public ExchangeRecord record(RawRecord raw, String source) {
    String key = raw.fields().get(keyField);
    if (key == null || key.isBlank()) {
      throw new MalformedRecordException(
          source, Message.of("sync.record.noKey", keyField), excerpt(raw));
    }
    String version = raw.fields().get(VERSION_FIELD);
    Instant at = version == null ? null : instant(version);
    if (at == null) {
      throw new MalformedRecordException(
          source, Message.of("sync.record.badVersion", String.valueOf(version)), excerpt(raw));
    }
    // The version as the services read times (ISO-8601 instants), whatever form the file used
    // (the record copies its fields: a copy here only where the file's form differs).
    String iso = at.toString();
    Map<String, String> fields = raw.fields();
    if (!iso.equals(version)) {
      LinkedHashMap<String, String> normalised = new LinkedHashMap<>(fields);
      normalised.put(VERSION_FIELD, iso);
      fields = ReadOnlyFields.adopt(normalised);
    }
    return new ExchangeRecord(key.strip(), at, fields);
  }

  /** A record as a rejection may show it: personal feeds' values masked. */
  public String excerpt(RawRecord raw) {
    if (!personal) {
      return raw.excerpt();
    }
    return raw.fields() == null ? "" : Excerpts.masked(raw.fields(), keyField);
  }

  /** A read record's fields as a rejection may show them: personal feeds' values masked. */
  public String excerpt(Map<String, String> fields) {
    if (personal) {
      return Excerpts.masked(fields, keyField);
    }
    String all = fields.toString();
    return all.length() <= RawRecord.EXCERPT ? all : all.substring(0, RawRecord.EXCERPT);
  }

  /**
   * A time as departments' systems write it: ISO-8601 with an offset, or without one (Beijing
   * time), or {@code yyyy-MM-dd HH:mm:ss}; null if it is none of them.
   */
  static Instant instant(String text) {
    String value = text.strip();
    try {
      return IsoInstants.parse(value); // OffsetDateTime.parse's answers, the common form fast
    } catch (DateTimeParseException notWithOffset) {
      // try the local forms
    }
    try {
      return LocalDateTime.parse(value).atZone(BEIJING).toInstant();
    } catch (DateTimeParseException notIso) {
      // try the spaced form
    }
    try {
      return LocalDateTime.parse(value, SPACED).atZone(BEIJING).toInstant();
    } catch (DateTimeParseException none) {
      return null;
    }
  }
}
