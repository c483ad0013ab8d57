package org.onewindow.exchange;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An exchange record's fields: read-only, in the order read. {@link ExchangeRecord} copies any
 * other map it is given; a reader that made a map for one record alone hands it over with {@link
 * #adopt} and spares the copy — a million records per sync, each copied once more otherwise.
 */
public final class ReadOnlyFields extends AbstractMap<String, String> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> view;

  private ReadOnlyFields(LinkedHashMap<String, String> owned) {
    this.view = Collections.unmodifiableMap(owned);
  }

  /**
   * The fields of a map its maker hands over: the maker keeps no reference to it and changes it no
   * more (so the record stays as it was read).
   */
  public static ReadOnlyFields adopt(LinkedHashMap<String, String> owned) {
    return new ReadOnlyFields(owned);
  }

  /** A read-only copy of {@code fields}. */
  public static ReadOnlyFields copyOf(Map<String, String> fields) {
    return fields instanceof ReadOnlyFields same
        ? same
        : new ReadOnlyFields(new LinkedHashMap<>(fields));
  }

  @Override
  public String get(Object name) {
    return view.get(name);
  }

  @Override
  public boolean containsKey(Object name) {
    return view.containsKey(name);
  }

  @Override
  public int size() {
    return view.size();
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return view.entrySet();
  }

  @Override
  public Set<String> keySet() {
    return view.keySet();
  }

  @Override
  public boolean equals(Object other) {
    return view.equals(other);
  }

  @Override
  public int hashCode() {
    return view.hashCode();
  }
}
