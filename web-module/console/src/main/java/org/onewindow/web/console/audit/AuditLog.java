package org.onewindow.web.console.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;
import org.onewindow.ops.audit.AuditRecordView;
import org.onewindow.ops.audit.AuditTrailService;

/** The audit page: the newest records, optionally of one source, and the chain's state. */
@Named
@ViewScoped
public class AuditLog implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rows shown; the trail keeps everything, the page the newest. */
  static final int SHOWN = 200;

  @EJB private AuditTrailService trail;

  private String source = "";
  private Long brokenAt;
  private boolean verified;

  public List<AuditRecordView> getRecords() {
    return trail.recent(SHOWN, source);
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

  public boolean isVerified() {
    return verified;
  }

  /** The first record whose link does not hold; null when the chain is intact. */
  public Long getBrokenAt() {
    return brokenAt;
  }
}
