package org.onewindow.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The divisions of a {@link DivisionTable} as a tree of three levels (GB/T 2260: province,
 * prefecture, county), for a province → city → county cascade (001 6.3, issue 20 item 1).
 *
 * <p>GB/T 2260 writes the level into the code: {@code xx0000} a province, {@code xxyy00} a
 * prefecture, {@code xxyyzz} a county. The table lists no 市辖区 placeholders (110100) and no
 * prefecture for the counties a province administers directly (429004 仙桃市, no 429000): such a
 * county hangs under its province.
 */
public final class DivisionTree {

  private static final List<Division> NONE = List.of();

  private final Map<String, String> names;
  private final Map<String, String> parents = new HashMap<>();
  private final Map<String, List<Division>> children = new HashMap<>();
  private final List<Division> provinces = new ArrayList<>();

  private DivisionTree(Map<String, String> names) {
    this.names = Map.copyOf(names);
    for (Map.Entry<String, String> entry : this.names.entrySet()) {
      String code = entry.getKey();
      Division division = new Division(code, entry.getValue());
      String parent = parentIn(code, this.names);
      if (parent == null) {
        provinces.add(division);
      } else {
        parents.put(code, parent);
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(division);
      }
    }
    provinces.sort(Comparator.comparing(Division::code));
    children.values().forEach(list -> list.sort(Comparator.comparing(Division::code)));
  }

  /** The tree of the divisions named in {@code names} (code to name). */
  public static DivisionTree of(Map<String, String> names) {
    return new DivisionTree(names);
  }

  /** The provinces (省级), by code. */
  public List<Division> provinces() {
    return List.copyOf(provinces);
  }

  /** The divisions directly under {@code code}, by code; none for a county or an unknown code. */
  public List<Division> children(String code) {
    return List.copyOf(children.getOrDefault(code, NONE));
  }

  /** The division above {@code code}, if it has one in the table. */
  public Optional<String> parent(String code) {
    return Optional.ofNullable(parents.get(code));
  }

  /** {@code code} and the divisions above it, the province first; empty for an unknown code. */
  public List<Division> path(String code) {
    if (code == null || !names.containsKey(code)) {
      return List.of();
    }
    List<Division> path = new ArrayList<>();
    for (String at = code; at != null; at = parents.get(at)) {
      path.add(0, new Division(at, names.get(at)));
    }
    return List.copyOf(path);
  }

  /** Whether {@code code} is {@code ancestor} or lies anywhere under it. */
  public boolean within(String code, String ancestor) {
    for (String at = code; at != null; at = parents.get(at)) {
      if (at.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The division a cascade's three choices name: the deepest of them that lies under the ones above
   * it. A form sent after its province changed may still carry the old city: that city is ignored
   * rather than mixing two provinces. Blank when no province is chosen or it is not in the table.
   */
  public String chosen(String province, String city, String county) {
    String at = "";
    for (String choice : new String[] {province, city, county}) {
      String code = choice == null ? "" : choice.strip();
      boolean fits =
          names.containsKey(code)
              && (at.isEmpty() ? !parents.containsKey(code) : at.equals(parents.get(code)));
      if (!fits) {
        break;
      }
      at = code;
    }
    return at;
  }

  /**
   * The code prefix every division under {@code code} shares (GB/T 2260): {@code 44} for 440000,
   * {@code 4403} for 440300, the code itself for a county. A search by prefix finds the division
   * and everything under it, which a list of codes could not do in one condition.
   */
  public static String prefix(String code) {
    if (code.endsWith("0000")) {
      return code.substring(0, 2);
    }
    if (code.endsWith("00")) {
      return code.substring(0, 4);
    }
    return code;
  }

  private static String parentIn(String code, Map<String, String> names) {
    if (code.endsWith("0000")) {
      return null;
    }
    String province = code.substring(0, 2) + "0000";
    if (code.endsWith("00")) {
      return names.containsKey(province) ? province : null;
    }
    String prefecture = code.substring(0, 4) + "00";
    if (names.containsKey(prefecture)) {
      return prefecture;
    }
    return names.containsKey(province) ? province : null;
  }

  /**
   * One division.
   *
   * @param code its six-digit code
   * @param name its name
   */
  public record Division(String code, String name) implements java.io.Serializable {}
}
