package org.onewindow.matter.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.common.Labelled;
import org.onewindow.matter.domain.MatterType;
import org.onewindow.matter.domain.ServiceTarget;
import org.onewindow.region.DivisionTree;

/**
 * Turns the database's counts per stored value into the navigation's facet values (001 6.3): the
 * rules of what each value counts, with no container, so they are tested on their own.
 */
final class FacetCounts {

  /** The agency facet lists this many agencies, most matters first (and always the chosen one). */
  static final int AGENCIES_SHOWN = 30;

  private FacetCounts() {}

  /**
   * 001 6.3.1: 行政权力 as a whole (every kind but 公共服务), each of its kinds nested under it, then 公共服务.
   */
  static List<FacetValue> nature(Map<MatterType, Long> byType, MatterFilter f) {
    List<FacetValue> values = new ArrayList<>();
    long powers =
        byType.entrySet().stream()
            .filter(e -> e.getKey().administrativePower())
            .mapToLong(Map.Entry::getValue)
            .sum();
    values.add(
        FacetValue.keyed(
            MatterFilter.ADMINISTRATIVE_POWER,
            "matter.nature.administrativePower",
            powers,
            Boolean.TRUE.equals(f.administrativePower()) && f.matterType() == null));
    for (MatterType type : MatterType.values()) {
      FacetValue value = enumValue(type, byType, type == f.matterType());
      values.add(type.administrativePower() ? value.nestedUnderThePrevious() : value);
    }
    return List.copyOf(values);
  }

  /**
   * 001 6.3.2: a matter for both natural and legal persons is found by either, so it counts under
   * both; the navigation offers the two audiences, not 「both」.
   */
  static List<FacetValue> target(Map<ServiceTarget, Long> byTarget, MatterFilter f) {
    long both = byTarget.getOrDefault(ServiceTarget.BOTH, 0L);
    List<FacetValue> values = new ArrayList<>();
    for (ServiceTarget audience :
        List.of(ServiceTarget.NATURAL_PERSON, ServiceTarget.LEGAL_PERSON)) {
      values.add(
          FacetValue.keyed(
              urlName(audience),
              audience.labelKey(),
              byTarget.getOrDefault(audience, 0L) + both,
              f.target() == audience));
    }
    return List.copyOf(values);
  }

  /** Every constant of the enum in its own order (其他 last for themes), zero counts included. */
  static <E extends Enum<E> & Labelled> List<FacetValue> choices(
      Class<E> type, Map<E, Long> counts, E chosen) {
    List<FacetValue> values = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      values.add(enumValue(constant, counts, constant == chosen));
    }
    return List.copyOf(values);
  }

  /**
   * 001 6.3.3: the agencies with the most matters first (ties by name), at most {@link
   * #AGENCIES_SHOWN}; the chosen agency stays in the list even when it finds nothing now.
   */
  static List<FacetValue> agencies(Map<String, Long> byAgency, String chosen) {
    List<FacetValue> values =
        byAgency.entrySet().stream()
            .sorted(
                Comparator.comparing(Map.Entry<String, Long>::getValue)
                    .reversed()
                    .thenComparing(Map.Entry::getKey))
            .limit(AGENCIES_SHOWN)
            .map(e -> FacetValue.named(e.getKey(), e.getValue(), e.getKey().equals(chosen)))
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    boolean blank = chosen == null || chosen.isBlank();
    if (!blank && values.stream().noneMatch(FacetValue::selected)) {
      values.add(FacetValue.named(chosen, byAgency.getOrDefault(chosen, 0L), true));
    }
    return List.copyOf(values);
  }

  /**
   * The cascade: each division counts its own matters and those of every division under it; the
   * cities show once a province is chosen, the counties once a city is.
   */
  static DivisionCascade divisions(DivisionTree tree, Map<String, Long> byDivision, String chosen) {
    Map<String, Long> within = new HashMap<>();
    byDivision.forEach(
        (code, count) -> tree.path(code).forEach(d -> within.merge(d.code(), count, Long::sum)));
    List<DivisionTree.Division> path = tree.path(chosen);
    String province = path.size() > 0 ? path.get(0).code() : "";
    String city = path.size() > 1 ? path.get(1).code() : "";
    String county = path.size() > 2 ? path.get(2).code() : "";
    return new DivisionCascade(
        options(tree.provinces(), within, province),
        province.isEmpty() ? List.of() : options(tree.children(province), within, city),
        city.isEmpty() ? List.of() : options(tree.children(city), within, county),
        province,
        city,
        county);
  }

  private static List<DivisionOption> options(
      List<DivisionTree.Division> divisions, Map<String, Long> within, String chosen) {
    return divisions.stream()
        .map(
            d ->
                new DivisionOption(
                    d.code(), d.name(), within.getOrDefault(d.code(), 0L), d.code().equals(chosen)))
        .toList();
  }

  private static <E extends Enum<E> & Labelled> FacetValue enumValue(
      E constant, Map<E, Long> counts, boolean selected) {
    return FacetValue.keyed(
        urlName(constant), constant.labelKey(), counts.getOrDefault(constant, 0L), selected);
  }

  /** A constant as the navigation's address spells it: {@code natural-person}. */
  static String urlName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Counts by enum constant, from rows of (constant, count). */
  static <E extends Enum<E>> Map<E, Long> byConstant(Class<E> type, List<Object[]> rows) {
    Map<E, Long> counts = new EnumMap<>(type);
    for (Object[] row : rows) {
      counts.put(type.cast(row[0]), ((Number) row[1]).longValue());
    }
    return counts;
  }

  /** Counts by text, from rows of (text, count). */
  static Map<String, Long> byText(List<Object[]> rows) {
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row : rows) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }
}
