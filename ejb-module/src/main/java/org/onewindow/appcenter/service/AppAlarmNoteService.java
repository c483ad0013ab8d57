package org.onewindow.appcenter.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.OptionalLong;
import org.onewindow.appcenter.domain.AppNote;
import org.onewindow.appcenter.domain.NoteKind;
import org.onewindow.appcenter.domain.ServiceApp;

/**
 * The notes through which the platform's own alarms reach an app's maintenance record (000 8.2.3 c
 * 问题告警): inspection and the gateway's circuits raise an ALARM note on the app's current revision
 * and archive it on recovery; a person archiving it first means they took it over. The public face
 * other capabilities use instead of the notes themselves. Open to the platform's jobs, which run
 * without a caller; they audit what they do. Runs in the caller's transaction.
 */
@Stateless
@PermitAll
public class AppAlarmNoteService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  /**
   * Writes an alarm note on the app's current revision, {@code text} cut to what a note holds.
   *
   * @return the note's id, or empty when there is no such app
   */
  public OptionalLong raise(long appId, String text, String author, Instant at) {
    ServiceApp app = em.find(ServiceApp.class, appId);
    if (app == null) {
      return OptionalLong.empty();
    }
    AppNote note =
        AppNote.write(
            appId,
            app.getReview().revision(),
            NoteKind.ALARM,
            text.length() <= AppNote.MAX_TEXT ? text : text.substring(0, AppNote.MAX_TEXT),
            author,
            at);
    em.persist(note);
    em.flush();
    return OptionalLong.of(note.getId());
  }

  /** Whether the alarm note still exists and nobody archived it yet. */
  public boolean isOpen(long noteId) {
    AppNote note = em.find(AppNote.class, noteId);
    return note != null && note.getArchivedAt() == null;
  }

  /** Archives an open alarm note with what the platform saw. */
  public void archive(long noteId, String outcome, String author, Instant at) {
    em.find(AppNote.class, noteId).archive(outcome, author, at);
  }
}
