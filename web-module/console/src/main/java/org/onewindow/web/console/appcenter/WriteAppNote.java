package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.domain.NoteKind;
import org.onewindow.appcenter.service.AppMaintenanceService;
import org.onewindow.appcenter.service.AppNoteView;
import org.onewindow.web.console.ConsolePages;

/**
 * 测试、运维与优化 (000 9.3, 8.2.3 c–d): the app's functional test records, alarms, troubleshooting notes
 * and suggestions; writing one, and archiving an alarm or a suggestion with what was done.
 */
@Named
@ViewScoped
public class WriteAppNote implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppMaintenanceService maintenance;

  @Inject private ShowApp page;

  private List<AppNoteView> notes;
  private String noteKind = "FUNCTIONAL_TEST";
  private String noteText;
  private String outcome;
  private int readAt = -1;

  /** Writes a test record, alarm, troubleshooting note or suggestion (000 9.3, 8.2.3 c–d). */
  public void writeNote() {
    if (ConsolePages.attempt(() -> maintenance.write(page.getId(), noteKind, noteText))) {
      noteText = null;
    }
    page.reload();
  }

  /** Archives an alarm or suggestion with what was done (000 8.2.3 d 优化情况归档). */
  public void archive(long noteId) {
    if (ConsolePages.attempt(() -> maintenance.archive(noteId, outcome))) {
      outcome = null;
    }
    page.reload();
  }

  /** The app's notes, newest first. */
  public List<AppNoteView> getNotes() {
    if (readAt != page.reloads()) {
      readAt = page.reloads();
      notes = null;
    }
    if (notes == null) {
      notes =
          page.getCurrent() == null
              ? List.of()
              : ConsolePages.read(maintenance.notes(page.getId()));
    }
    return notes;
  }

  public NoteKind[] getNoteKinds() {
    return NoteKind.values();
  }

  public String getNoteKind() {
    return noteKind;
  }

  public void setNoteKind(String noteKind) {
    this.noteKind = noteKind;
  }

  public String getNoteText() {
    return noteText;
  }

  public void setNoteText(String noteText) {
    this.noteText = noteText;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
