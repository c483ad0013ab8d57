package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.onewindow.appcenter.domain.AppCenterKinds;
import org.onewindow.batch.inspection.InspectionRunService;
import org.onewindow.common.NotFoundException;
import org.onewindow.inspection.service.InspectionHistoryService;
import org.onewindow.inspection.service.InspectionRecordView;
import org.onewindow.review.SubjectKind;
import org.onewindow.web.console.ConsolePages;

/**
 * The latest inspections of the interface or app a page shows ({@code interface.xhtml?id=N} sets
 * {@link #setInterfaceId}, {@code app.xhtml?id=N} {@link #setAppId}), and 立即巡检 for platform
 * administrators. Alarms the inspections raise are the app's notes, shown with them.
 */
@Named
@ViewScoped
public class InspectSubject implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Records shown: the newest. */
  static final int SHOWN = 20;

  @EJB private InspectionHistoryService history;

  @EJB private InspectionRunService runs;

  private SubjectKind type;
  private Long id;
  private List<InspectionRecordView> records;
  private Locale recordsLanguage;

  public void setInterfaceId(Long interfaceId) {
    type = AppCenterKinds.INTERFACE;
    id = interfaceId;
  }

  public Long getInterfaceId() {
    return AppCenterKinds.INTERFACE.equals(type) ? id : null;
  }

  public void setAppId(Long appId) {
    type = AppCenterKinds.APP;
    id = appId;
  }

  public Long getAppId() {
    return AppCenterKinds.APP.equals(type) ? id : null;
  }

  /**
   * The subject's latest records, newest first, labelled in the console's language (read again
   * after the language switch); none when the caller may not see it.
   */
  public List<InspectionRecordView> getRecords() {
    Locale language = Texts.language(FacesContext.getCurrentInstance());
    if (records == null || !language.equals(recordsLanguage)) {
      records = load().stream().map(r -> r.in(language)).toList();
      recordsLanguage = language;
    }
    return records;
  }

  /** Reads the records again (the 刷新 button: a run started here ends a moment later). */
  public void reload() {
    records = null;
  }

  private List<InspectionRecordView> load() {
    if (id == null) {
      return List.of();
    }
    try {
      return history.latest(type, id, SHOWN);
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  /** Makes the subject due now and starts the job (platform administrators). */
  public void inspectNow() {
    long[] execution = new long[1];
    if (ConsolePages.attempt(() -> execution[0] = runs.inspectNow(type, id))) {
      records = null;
      ConsolePages.info(
          Texts.of(FacesContext.getCurrentInstance(), "inspection.started") + " #" + execution[0]);
    }
  }
}
