package org.onewindow.web.console.shell;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces table read one page at a time from a service (issue 18 item 5): the table's page,
 * rows per page and sorted column become a {@link PageRequest}; the service filters (with the
 * caller's unit scope), sorts by its whitelist and counts. The bean only maps: it names the service
 * calls and a row's key. A column sorts by its {@code field}, which must be a sort field the
 * service names; the filters are the page's form fields, which the bean passes on.
 */
// Serializable again by name: the view-scoped beans that hold a table replicate with the session
// (distributable, issue 17), and the architecture rules check that without reading PrimeFaces.
public abstract class PagedTable<T> extends LazyDataModel<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many rows the filters admit: the service's count. */
  protected abstract long countRows();

  /** One page: the service's paged query. */
  protected abstract ResultPage<T> fetch(PageRequest page);

  /** A row's unique key (for row selection and Ajax updates of one row). */
  protected abstract String keyOf(T row);

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, countRows());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    ResultPage<T> page = fetch(request(first, pageSize, sortBy));
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
    return page.rows();
  }

  @Override
  public String getRowKey(T row) {
    return keyOf(row);
  }

  /**
   * Sends the table of {@code clientId} back to its first page: new filters may leave fewer pages
   * than the one shown.
   */
  public static void toFirstPage(String clientId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot().findComponent(clientId) instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  /** The service's request for the table's page: the first sorted column, if any. */
  static PageRequest request(int first, int pageSize, Map<String, SortMeta> sortBy) {
    int limit = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
    PageRequest page = new PageRequest(Math.max(0, first), limit, null, true);
    if (sortBy == null) {
      return page;
    }
    return sortBy.values().stream()
        .filter(SortMeta::isActive)
        .sorted(Comparator.comparingInt(SortMeta::getPriority))
        .findFirst()
        .map(sort -> page.sortedBy(sort.getField(), sort.getOrder() == SortOrder.ASCENDING))
        .orElse(page);
  }
}
