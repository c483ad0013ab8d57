package org.onewindow.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page request's bounds, the sort-field whitelist and the literal "contains" search (issue 18
 * item 5: tables paged, sorted and filtered on the server).
 */
class PagingTest {

  private static final SortFields SORT =
      SortFields.of(Map.of("name", "i.name"), "i.updatedAt desc, i.id desc", "i.id");

  @Test
  void aPageHasANonNegativeOffsetAndABoundedLimit() {
    assertEquals(
        "common.page.offset",
        assertThrows(InvalidInputException.class, () -> new PageRequest(-1, 10, null, true))
            .text()
            .orElseThrow()
            .key());
    assertEquals(
        "common.page.limit",
        assertThrows(InvalidInputException.class, () -> PageRequest.first(0))
            .text()
            .orElseThrow()
            .key());
    assertEquals(
        "common.page.limit",
        assertThrows(
                InvalidInputException.class, () -> PageRequest.first(PageRequest.MAX_LIMIT + 1))
            .text()
            .orElseThrow()
            .key());
    assertEquals(PageRequest.MAX_LIMIT, PageRequest.first(PageRequest.MAX_LIMIT).limit());
    assertEquals(null, new PageRequest(0, 10, "  ", true).sortField());
  }

  @Test
  void onlyAWhitelistedFieldSortsAndATieBreakerEndsEveryOrder() {
    assertEquals(" order by i.updatedAt desc, i.id desc", SORT.orderBy(PageRequest.first(10)));
    assertEquals(
        " order by i.name asc, i.id asc",
        SORT.orderBy(PageRequest.first(10).sortedBy("name", true)));
    assertEquals(
        " order by i.name desc, i.id desc",
        SORT.orderBy(PageRequest.first(10).sortedBy("name", false)));
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> SORT.orderBy(PageRequest.first(10).sortedBy("name; delete from x", true)));
    assertEquals("common.page.sortField", refused.text().orElseThrow().key());
    assertEquals("sortField", refused.field());
  }

  @Test
  void theSearchTextMatchesLiterallyInAnyCase() {
    assertFalse(TextFilter.given(null));
    assertFalse(TextFilter.given("  "));
    assertTrue(TextFilter.given("社保"));
    assertEquals("%社保查询%", TextFilter.containing(" 社保查询 "));
    assertEquals("%abc%", TextFilter.containing("ABC"));
    assertEquals("%100\\%\\_a\\\\%", TextFilter.containing("100%_a\\"));
    assertEquals(
        "common.page.text",
        assertThrows(
                InvalidInputException.class,
                () -> TextFilter.containing("x".repeat(TextFilter.MAX_LENGTH + 1)))
            .text()
            .orElseThrow()
            .key());
  }

  @Test
  void aResultPageNeverClaimsFewerRowsThanItHolds() {
    assertThrows(IllegalArgumentException.class, () -> new ResultPage<>(List.of("a", "b"), 1));
    assertEquals(List.of(2, 4), new ResultPage<>(List.of(1, 2), 7).map(i -> i * 2).rows());
    assertEquals(7, new ResultPage<>(List.of(1, 2), 7).map(i -> i * 2).total());
  }
}
