package org.onewindow.appcenter.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.onewindow.appcenter.domain.AppCenterKinds;
import org.onewindow.appcenter.domain.AppNote;
import org.onewindow.appcenter.domain.NoteKind;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.SubjectKind;

/**
 * The application centre's subjects as the platform's own watchers read and annotate them (000
 * 8.2.3 c 接口巡检、界面巡检、问题告警): what an interface or an app page is, whether it is online and whom its
 * alarms concern; and the ALARM notes the platform raises on an app and archives when the subject
 * recovers. Open to every caller, as the inspection job runs as whoever started it (a timer
 * included): nothing here reaches the API or the console, and nothing here lets a caller change an
 * interface or an app.
 */
@Stateless
@PermitAll
public class SubjectWatchService {

  /** The kind of {@link #watchedInterface}, as the review registry names it. */
  public static final SubjectKind INTERFACE = AppCenterKinds.INTERFACE;

  /** The kind of {@link #watchedApp}, as the review registry names it. */
  public static final SubjectKind APP = AppCenterKinds.APP;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  /** The interface, if it exists. */
  public Optional<WatchedInterface> watchedInterface(long id) {
    RegisteredInterface registered = em.find(RegisteredInterface.class, id);
    if (registered == null) {
      return Optional.empty();
    }
    return Optional.of(
        new WatchedInterface(
            id,
            registered.getName(),
            registered.getStatus() == ReviewStatus.ONLINE,
            registered.definition(),
            boundApps(id)));
  }

  /** The app, if it exists. */
  public Optional<WatchedApp> watchedApp(long id) {
    ServiceApp app = em.find(ServiceApp.class, id);
    if (app == null) {
      return Optional.empty();
    }
    return Optional.of(
        new WatchedApp(
            id,
            app.getAppKey(),
            app.getName(),
            app.getPageUrl(),
            app.getReview().status() == ReviewStatus.ONLINE));
  }

  /**
   * Writes an ALARM note on the app's current revision in the caller's transaction, its text cut to
   * what a note holds.
   *
   * @return the note's id, or empty when the app no longer exists
   */
  public OptionalLong raiseAlarm(long appId, String text, String author, Instant at) {
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

  /** Whether the alarm note is still open: it exists and nobody archived it. */
  public boolean alarmOpen(long noteId) {
    AppNote note = em.find(AppNote.class, noteId);
    return note != null && note.getArchivedAt() == null;
  }

  /**
   * Archives an open alarm note with what the platform saw (the console shows it closed).
   *
   * @throws org.onewindow.common.StateConflictException when it is archived already
   */
  public void clearAlarm(long noteId, String outcome, String author, Instant at) {
    AppNote note = em.find(AppNote.class, noteId);
    if (note != null) {
      note.archive(outcome, author, at);
    }
  }

  /**
   * Who registered the app for its unit (a developer of the unit, or the unit's system account):
   * the platform's notices about the app go to them. Empty when the app no longer exists.
   */
  public Optional<String> appRegistrant(long appId) {
    return Optional.ofNullable(em.find(ServiceApp.class, appId)).map(ServiceApp::getCreatedBy);
  }

  private List<Long> boundApps(long interfaceId) {
    return em.createQuery(
            "select b.appId from AppBinding b where b.interfaceId = :i order by b.appId",
            Long.class)
        .setParameter("i", interfaceId)
        .getResultList();
  }
}
