package org.onewindow.web.console.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A table's page and sorted column become the service's page request, its answer the rows. */
class PagedTableTest {

  @Test
  void theTablesPageAndSortedColumnBecomeThePageRequest() {
    assertEquals(new PageRequest(40, 20, null, true), PagedTable.request(40, 20, Map.of()));
    Map<String, SortMeta> sortBy = new LinkedHashMap<>();
    sortBy.put("a", sort("unitName", SortOrder.UNSORTED, 1));
    sortBy.put("b", sort("name", SortOrder.DESCENDING, 2));
    PageRequest request = PagedTable.request(0, 10, sortBy);
    assertEquals("name", request.sortField());
    assertFalse(request.ascending());
    assertEquals(PageRequest.MAX_LIMIT, PagedTable.request(0, 10_000, null).limit());
    assertNull(PagedTable.request(0, 10, null).sortField());
  }

  @Test
  void theServicesPageAndTotalReachTheTable() {
    PagedTable<String> table =
        new PagedTable<>() {
          @Override
          protected long countRows() {
            return 42;
          }

          @Override
          protected ResultPage<String> fetch(PageRequest page) {
            return new ResultPage<>(List.of("row " + page.offset()), 42);
          }

          @Override
          protected String keyOf(String row) {
            return row;
          }
        };
    assertEquals(42, table.count(Map.of()));
    assertEquals(List.of("row 20"), table.load(20, 10, Map.of(), Map.of()));
    assertEquals(42, table.getRowCount());
    assertEquals("row 20", table.getRowKey("row 20"));
  }

  private static SortMeta sort(String field, SortOrder order, int priority) {
    return SortMeta.builder().field(field).order(order).priority(priority).build();
  }
}
