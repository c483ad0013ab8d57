package org.onewindow.exchange;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * One record as it travels: its natural key, the version the source gave it, and its fields by the
 * names of the exchange format (docs/wire-formats.md §6), in the order read.
 *
 * @param key the natural key (a case's 办件编号, a matter's 基本编码 or 实施编码); never blank
 * @param version when the source last changed it: an older version never overwrites a newer one
 * @param fields every field as text, blank values left out; never null
 */
public record ExchangeRecord(String key, Instant version, Map<String, String> fields)
    implements Serializable {

  public ExchangeRecord {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("an exchange record needs a key");
    }
    if (version == null) {
      throw new IllegalArgumentException("an exchange record needs a version: " + key);
    }
    fields = ReadOnlyFields.copyOf(fields); // none if the reader handed its map over
  }

  /** The field's value, or null when the record has none. */
  public String field(String name) {
    return fields.get(name);
  }
}
