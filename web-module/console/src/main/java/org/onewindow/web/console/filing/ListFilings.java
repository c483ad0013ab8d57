package org.onewindow.web.console.filing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.onewindow.filing.domain.PackagePlatform;
import org.onewindow.filing.service.FilingPage;
import org.onewindow.filing.service.FilingQuery;
import org.onewindow.filing.service.FilingService;
import org.onewindow.filing.service.FilingSummary;
import org.onewindow.review.ReviewStatus;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.shell.PagedTable;

/**
 * The filings the caller may see (issue 18 item 4), a page at a time, sorted and filtered on the
 * server: words (app, package, unit, number), a state and a platform; the same filters export to
 * CSV or Excel through {@link FilingExportServlet}. 备案审核 is this list preset to the submitted
 * filings ({@code ?status=SUBMITTED}).
 */
@Named
@ViewScoped
public class ListFilings implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private FilingService filings;

  private String text = "";
  private String status = "";
  private String platform = "";

  private final PagedTable<FilingSummary> table =
      new PagedTable<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected long countRows() {
          return filings.search(query(PageRequest.first(1))).total();
        }

        @Override
        protected ResultPage<FilingSummary> fetch(PageRequest page) {
          FilingPage found = ConsolePages.read(filings.search(query(page)));
          return new ResultPage<>(found.items(), found.total());
        }

        @Override
        protected String keyOf(FilingSummary row) {
          return String.valueOf(row.id());
        }
      };

  private FilingQuery query(PageRequest page) {
    return new FilingQuery(
        text,
        status.isEmpty() ? null : ReviewStatus.valueOf(status),
        platform.isEmpty() ? null : PackagePlatform.valueOf(platform),
        page.offset(),
        Math.min(page.limit(), FilingQuery.MAX_LIMIT),
        page.sortField(),
        page.ascending());
  }

  public PagedTable<FilingSummary> getFilings() {
    return table;
  }

  /** 备案审核: the list opens on the filings waiting for a reviewer (a page's view action). */
  public void presetStatus(String preset) {
    status = preset;
  }

  /** The form's filters apply from the next load of the table (the page's "查询"). */
  public void show() {
    PagedTable.toFirstPage("list:table");
  }

  /** The export's address with the filters as shown: {@code format} is csv or xlsx. */
  public String exportUrl(String format) {
    return "filing-export?format="
        + format
        + "&status="
        + status
        + "&platform="
        + platform
        + "&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The states a filing passes through (online and offline are the app centre's). */
  public ReviewStatus[] getStatuses() {
    return new ReviewStatus[] {
      ReviewStatus.DRAFT, ReviewStatus.SUBMITTED, ReviewStatus.APPROVED, ReviewStatus.REJECTED
    };
  }

  public PackagePlatform[] getPlatforms() {
    return PackagePlatform.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text == null ? "" : text.strip();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }

  public String getPlatform() {
    return platform;
  }

  public void setPlatform(String platform) {
    this.platform = platform == null ? "" : platform;
  }
}
