package org.onewindow.matter.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.matter.domain.MatterType;
import org.onewindow.matter.domain.ServiceTarget;
import org.onewindow.matter.domain.ServiceTheme;
import org.onewindow.region.BundledDivisionTable;

/** The rules of what each navigation facet value counts (001 6.3), without a database. */
class FacetCountsTest {

  private static final MatterFilter NONE = MatterFilter.published();

  @Test
  void administrativePowerSumsEveryKindButPublicServiceAndListsTheKindsUnderIt() {
    List<FacetValue> nature =
        FacetCounts.nature(
            Map.of(
                MatterType.ADMINISTRATIVE_LICENSING, 5L,
                MatterType.ADMINISTRATIVE_PENALTY, 2L,
                MatterType.PUBLIC_SERVICE, 7L),
            NONE);
    assertEquals("administrative-power", nature.get(0).value());
    assertEquals(7, nature.get(0).count()); // 001 6.3.1: 5 + 2, public service apart
    assertEquals("行政权力", nature.get(0).label());
    assertEquals(MatterType.values().length + 1, nature.size());
    assertEquals("public-service", nature.get(nature.size() - 1).value());
    assertEquals(7, nature.get(nature.size() - 1).count());
    assertTrue(nature.subList(1, nature.size() - 1).stream().allMatch(FacetValue::nested));
  }

  @Test
  void aMatterForBothAudiencesCountsUnderEach() {
    List<FacetValue> target =
        FacetCounts.target(
            Map.of(
                ServiceTarget.NATURAL_PERSON, 3L,
                ServiceTarget.LEGAL_PERSON, 1L,
                ServiceTarget.BOTH, 2L),
            MatterFilter.navigation("", "legal-person", "", "", "", "", ""));
    assertEquals(
        List.of("natural-person", "legal-person"), target.stream().map(FacetValue::value).toList());
    assertEquals(5, target.get(0).count()); // 001 6.3.2
    assertEquals(3, target.get(1).count());
    assertTrue(target.get(1).selected());
  }

  @Test
  void everyThemeIsListedInOrderWithOtherLastZeroCountsIncluded() {
    List<FacetValue> themes =
        FacetCounts.choices(ServiceTheme.class, Map.of(ServiceTheme.OTHER, 4L), ServiceTheme.OTHER);
    assertEquals(ServiceTheme.values().length, themes.size());
    assertEquals("other", themes.get(themes.size() - 1).value()); // 001 6.3.4: 其他
    assertEquals(4, themes.get(themes.size() - 1).count());
    assertTrue(themes.get(themes.size() - 1).selected());
    assertEquals(0, themes.get(0).count());
  }

  @Test
  void agenciesWithTheMostMattersComeFirstAndTheChosenOneIsAlwaysListed() {
    Map<String, Long> byAgency = new HashMap<>();
    for (int i = 0; i < FacetCounts.AGENCIES_SHOWN + 5; i++) {
      byAgency.put("机关" + (char) ('A' + i), (long) (100 - i));
    }
    byAgency.put("乙机关", 1L);
    List<FacetValue> agencies = FacetCounts.agencies(byAgency, "乙机关");
    assertEquals(FacetCounts.AGENCIES_SHOWN + 1, agencies.size());
    assertEquals("机关A", agencies.get(0).value());
    FacetValue chosen = agencies.get(agencies.size() - 1);
    assertEquals("乙机关", chosen.value());
    assertTrue(chosen.selected());
    assertEquals(1, chosen.count());
    // ties by name
    assertEquals(
        List.of("甲", "丙"),
        FacetCounts.agencies(Map.of("丙", 1L, "甲", 2L), "").stream()
            .map(FacetValue::value)
            .toList());
  }

  @Test
  void aDivisionCountsItselfAndEverythingUnderIt() {
    DivisionCascade cascade =
        FacetCounts.divisions(
            BundledDivisionTable.bundled().tree(),
            Map.of("440305", 2L, "440300", 1L, "440000", 4L, "110101", 3L),
            "440300");
    assertEquals(7, option(cascade.provinces(), "440000").count());
    assertEquals(3, option(cascade.provinces(), "110000").count());
    assertEquals(3, option(cascade.cities(), "440300").count());
    assertTrue(option(cascade.cities(), "440300").selected());
    assertEquals(2, option(cascade.counties(), "440305").count());
    assertEquals("440000", cascade.province());
    assertEquals("440300", cascade.city());
    assertEquals("", cascade.county());
  }

  private static DivisionOption option(List<DivisionOption> options, String code) {
    return options.stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
  }
}
