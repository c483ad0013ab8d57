package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onewindow.appcenter.service.InterfaceFilter;
import org.onewindow.appcenter.service.InterfaceRegistryService;
import org.onewindow.appcenter.service.InterfaceView;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.onewindow.review.ReviewStatus;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.shell.PagedTable;

/**
 * The interface list (000 9.4.1), a page at a time, optionally of one state (reviewers look at 待审核)
 * or with a search text; the service keeps a unit's developer to its unit's interfaces.
 */
@Named
@ViewScoped
public class ListInterfaces implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InterfaceRegistryService registry;

  private String status = "";
  private String text = "";

  private final PagedTable<InterfaceView> interfaces =
      new PagedTable<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected long countRows() {
          return registry.count(filter());
        }

        @Override
        protected ResultPage<InterfaceView> fetch(PageRequest page) {
          ResultPage<InterfaceView> found = registry.page(filter(), page);
          return new ResultPage<>(ConsolePages.read(found.rows()), found.total());
        }

        @Override
        protected String keyOf(InterfaceView row) {
          return String.valueOf(row.id());
        }
      };

  private InterfaceFilter filter() {
    return new InterfaceFilter(status.isEmpty() ? null : ReviewStatus.valueOf(status), text);
  }

  public PagedTable<InterfaceView> getInterfaces() {
    return interfaces;
  }

  /** The form's filters apply from the next load of the table (the page's "查询"). */
  public void show() {
    PagedTable.toFirstPage("list:table");
  }

  public ReviewStatus[] getStatuses() {
    return ReviewStatus.values();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text == null ? "" : text.strip();
  }
}
