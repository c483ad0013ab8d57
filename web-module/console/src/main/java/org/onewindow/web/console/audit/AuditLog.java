package org.onewindow.web.console.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.OptionalLong;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.onewindow.ops.audit.AuditFilter;
import org.onewindow.ops.audit.AuditRecordView;
import org.onewindow.ops.audit.AuditTrailService;
import org.onewindow.web.console.shell.PagedTable;

/**
 * The audit page: the trail a page at a time, newest first, optionally of one source or with a
 * search text, and the chain's state.
 */
@Named
@ViewScoped
public class AuditLog implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditTrailService trail;

  private String source = "";
  private String text = "";
  private Long brokenAt;
  private boolean verified;

  private final PagedTable<AuditRecordView> records =
      new PagedTable<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected long countRows() {
          return trail.count(filter());
        }

        @Override
        protected ResultPage<AuditRecordView> fetch(PageRequest page) {
          return trail.page(filter(), page);
        }

        @Override
        protected String keyOf(AuditRecordView row) {
          return String.valueOf(row.sequence());
        }
      };

  private AuditFilter filter() {
    return new AuditFilter(source, text);
  }

  public PagedTable<AuditRecordView> getRecords() {
    return records;
  }

  /** The form's filters apply from the next load of the table, from its first page. */
  public void show() {
    PagedTable.toFirstPage("audit:records");
  }

  /** Walks the chain on demand: it reads every record, so not on every page view. */
  public void verify() {
    OptionalLong broken = trail.verify();
    brokenAt = broken.isPresent() ? broken.getAsLong() : null;
    verified = true;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source == null ? "" : source;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text == null ? "" : text.strip();
  }

  public boolean isVerified() {
    return verified;
  }

  /** The first record whose link does not hold; null when the chain is intact. */
  public Long getBrokenAt() {
    return brokenAt;
  }
}
