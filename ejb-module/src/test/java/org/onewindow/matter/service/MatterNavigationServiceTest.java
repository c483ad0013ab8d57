package org.onewindow.matter.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.PageRequest;
import org.onewindow.testing.InMemoryDatabase;

/**
 * The navigation of 001 6.3 on a real database: the six facets and the division combine, and each
 * facet's counts leave out its own choice (so a value counts what choosing it instead finds).
 */
class MatterNavigationServiceTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final PublishedMatters matters = new PublishedMatters();

  /*
   * A  许可 自然人 交通 市级 跨地区 深圳交警 440305 (南山区)
   * B  许可 法人   交通 省级 定点   广东交通 440000
   * C  公共服务 自然人和法人 教育 县级 定点 北京教委 110101
   * D  处罚 自然人 其他 市级 定点 深圳交警 440300
   * E  a draft, never published: counted nowhere
   */
  @BeforeEach
  void fourPublishedAndOneDraft() {
    db.run(
        em -> {
          matters.publish(
              em,
              "CODEA0001",
              "ADMINISTRATIVE_LICENSING",
              "NATURAL_PERSON",
              "TRANSPORT",
              "MUNICIPAL",
              "CROSS_REGION",
              "深圳交警",
              "440305");
          matters.publish(
              em,
              "CODEB0001",
              "ADMINISTRATIVE_LICENSING",
              "LEGAL_PERSON",
              "TRANSPORT",
              "PROVINCIAL",
              "FIXED_LOCATION",
              "广东交通",
              "440000");
          matters.publish(
              em,
              "CODEC0001",
              "PUBLIC_SERVICE",
              "BOTH",
              "EDUCATION",
              "COUNTY",
              "FIXED_LOCATION",
              "北京教委",
              "110101");
          matters.publish(
              em,
              "CODED0001",
              "ADMINISTRATIVE_PENALTY",
              "NATURAL_PERSON",
              "",
              "MUNICIPAL",
              "FIXED_LOCATION",
              "深圳交警",
              "440300");
          matters.keepDraft(em, "CODEE0001");
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void thePublishedListIsCountedByEveryFacet() {
    MatterBrowse all = browse(MatterFilter.navigation("", "", "", "", "", "", ""));
    assertEquals(4, all.total());
    MatterFacets f = all.facets();
    // 001 6.3.1: 行政权力 as a whole, then its kinds, then 公共服务
    assertEquals(3, count(f.nature(), "administrative-power"));
    assertEquals(2, count(f.nature(), "administrative-licensing"));
    assertEquals(1, count(f.nature(), "administrative-penalty"));
    assertEquals(1, count(f.nature(), "public-service"));
    assertTrue(f.nature().get(1).nested());
    assertFalse(f.nature().get(f.nature().size() - 1).nested());
    // 001 6.3.2: a matter for both counts under each audience
    assertEquals(3, count(f.target(), "natural-person"));
    assertEquals(2, count(f.target(), "legal-person"));
    // 001 6.3.4: what fits no theme is 其他
    assertEquals(1, count(f.theme(), "other"));
    assertEquals(2, count(f.theme(), "transport"));
    assertEquals(0, count(f.theme(), "housing"));
    assertEquals(2, count(f.level(), "municipal"));
    assertEquals(3, count(f.jurisdiction(), "fixed-location"));
    assertEquals(2, count(f.agency(), "深圳交警"));
    assertEquals("深圳交警", f.agency().get(0).value(), "most matters first");
    // the cascade: a province counts its cities' and counties' matters
    assertEquals(3, option(f.divisions().provinces(), "440000").count());
    assertEquals(1, option(f.divisions().provinces(), "110000").count());
    assertEquals(List.of(), f.divisions().cities());
  }

  @Test
  void facetsCombineAndEachCountLeavesOutItsOwnChoice() {
    MatterBrowse found =
        browse(MatterFilter.navigation("", "natural-person", "", "", "municipal", "", ""));
    assertEquals(
        List.of("CODEA0001", "CODED0001"),
        found.items().stream().map(MatterSummary::implementationCode).toList());
    MatterFacets f = found.facets();
    // the level facet counts as if another level were chosen, with the target still applied
    assertEquals(2, count(f.level(), "municipal"));
    assertEquals(1, count(f.level(), "county"), "C serves natural persons too");
    assertEquals(0, count(f.level(), "provincial"), "B serves legal persons only");
    assertTrue(value(f.level(), "municipal").selected());
    // the target facet counts with the level applied and its own choice left out
    assertEquals(2, count(f.target(), "natural-person"));
    assertEquals(0, count(f.target(), "legal-person"));
  }

  @Test
  void aDivisionFindsItselfAndWhatLiesUnderItAndOpensTheNextLevel() {
    MatterBrowse province = browse(MatterFilter.navigation("", "", "", "", "", "", "440000"));
    assertEquals(3, province.total());
    assertEquals("440000", province.facets().divisions().province());
    assertEquals(2, option(province.facets().divisions().cities(), "440300").count());
    assertEquals(List.of(), province.facets().divisions().counties());
    // the counts of the cascade leave out the division itself: other provinces still count
    assertEquals(1, option(province.facets().divisions().provinces(), "110000").count());

    MatterBrowse county = browse(MatterFilter.navigation("", "", "", "", "", "", "440305"));
    assertEquals(List.of("CODEA0001"), codes(county));
    assertEquals("440300", county.facets().divisions().city());
    assertEquals("440305", county.facets().divisions().county());
    assertTrue(option(county.facets().divisions().counties(), "440305").selected());
    // the nature facet under the county: only A's licence
    assertEquals(1, count(county.facets().nature(), "administrative-power"));
  }

  @Test
  void allKindsOfAdministrativePowerAtOnceOrOneKind() {
    assertEquals(
        3, browse(MatterFilter.navigation("administrative-power", "", "", "", "", "", "")).total());
    assertEquals(
        1, browse(MatterFilter.navigation("public-service", "", "", "", "", "", "")).total());
    assertEquals(
        List.of("CODED0001"),
        codes(browse(MatterFilter.navigation("administrative-penalty", "", "", "", "", "", ""))));
  }

  @Test
  void aChoiceOrDivisionNotInTheTablesIsRefusedNamingItsParameter() {
    InvalidInputException theme =
        assertThrows(
            InvalidInputException.class,
            () -> MatterFilter.navigation("", "", "", "nonsense", "", "", ""));
    assertEquals("theme", theme.field());
    InvalidInputException division =
        assertThrows(
            InvalidInputException.class,
            () -> MatterFilter.navigation("", "", "", "", "", "", "44%"));
    assertEquals("divisionCode", division.field());
    assertThrows(
        InvalidInputException.class,
        () -> MatterFilter.navigation("", "", "", "", "", "", "999999"));
  }

  @Test
  void theHotMattersAreThePublishedOnesMostViewedThenTheLatest() {
    db.run(
        em -> {
          java.time.Instant at = java.time.Instant.parse("2026-12-02T00:00:00Z");
          em.persist(new org.onewindow.matter.domain.MatterFootprint("u1", "CODEB0001", at));
          em.persist(new org.onewindow.matter.domain.MatterFootprint("u2", "CODEB0001", at));
          em.persist(new org.onewindow.matter.domain.MatterFootprint("u1", "CODEC0001", at));
          em.persist(new org.onewindow.matter.domain.MatterFootprint("u1", "CODEE0001", at));
        });
    List<MatterSummary> hot = db.inTransaction(em -> new MatterNavigationService(em).hot(3));
    assertEquals(
        List.of("CODEB0001", "CODEC0001", "CODED0001"),
        hot.stream().map(MatterSummary::implementationCode).toList(),
        "the draft E is never hot; D is the latest published of the rest");
  }

  private MatterBrowse browse(MatterFilter filter) {
    return db.inTransaction(
        em -> new MatterNavigationService(em).browse(filter, PageRequest.first(20)));
  }

  private static List<String> codes(MatterBrowse browse) {
    return browse.items().stream().map(MatterSummary::implementationCode).toList();
  }

  private static long count(List<FacetValue> values, String value) {
    return value(values, value).count();
  }

  private static FacetValue value(List<FacetValue> values, String value) {
    return values.stream().filter(v -> v.value().equals(value)).findFirst().orElseThrow();
  }

  private static DivisionOption option(List<DivisionOption> options, String code) {
    return options.stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
  }
}
