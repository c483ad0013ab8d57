package org.onewindow.appcenter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.onewindow.appcenter.domain.AppNote;
import org.onewindow.appcenter.domain.NoteKind;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.repository.AppNoteRepository;
import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * An app's functional test records (000 9.3), alarms and troubleshooting (8.2.3 c), optimisation
 * suggestions and their archive (8.2.3 d). Test records and troubleshooting are the access unit's
 * (its developers) or a reviewer's; alarms and suggestions the platform's (reviewers, admins);
 * archiving what was done about them either side's. Every note is audited.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class AppMaintenanceService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject Clock clock;

  /**
   * Writes a note of the given kind on the app's current revision.
   *
   * @throws EJBAccessException when the caller's role may not write that kind
   */
  public AppNoteView write(long appId, String kind, String text) {
    ServiceApp app = find(appId);
    NoteKind noteKind = kind(kind);
    boolean platform =
        session.isCallerInRole(Roles.PLATFORM_ADMIN) || session.isCallerInRole(Roles.APP_REVIEWER);
    if ((noteKind == NoteKind.ALARM || noteKind == NoteKind.SUGGESTION) && !platform) {
      throw new EJBAccessException("only the platform raises alarms and suggestions");
    }
    String actor = session.getCallerPrincipal().getName();
    AppNote note =
        AppNote.write(appId, app.getReview().revision(), noteKind, text, actor, clock.instant());
    em.persist(note);
    em.flush();
    audit.recordInCallersTransaction(
        new AuditEvent(
            clock.instant(),
            "platform",
            "APP_NOTE_" + noteKind.name(),
            actor,
            "success",
            Messages.text(
                "appcenter.audit.noteWritten",
                Messages.PLATFORM_LOCALE,
                app.getAppKey(),
                note.getText())));
    return AppNoteView.of(note);
  }

  /** Archives an open alarm or suggestion with what was done about it (8.2.3 d). */
  public AppNoteView archive(long noteId, String outcome) {
    AppNote note = em.find(AppNote.class, noteId);
    if (note == null) {
      throw NotFoundException.keyed("appcenter.note.notFound", String.valueOf(noteId));
    }
    ServiceApp app = find(note.getAppId());
    String actor = session.getCallerPrincipal().getName();
    note.archive(outcome, actor, clock.instant());
    audit.recordInCallersTransaction(
        new AuditEvent(
            clock.instant(),
            "platform",
            "APP_NOTE_ARCHIVED",
            actor,
            "success",
            Messages.text(
                "appcenter.audit.noteArchived",
                Messages.PLATFORM_LOCALE,
                app.getAppKey(),
                note.getKind(),
                String.valueOf(noteId),
                outcome)));
    return AppNoteView.of(note);
  }

  /** The app's notes, newest first. */
  public List<AppNoteView> notes(long appId) {
    find(appId);
    return new AppNoteRepository(em).ofApp(appId).stream().map(AppNoteView::of).toList();
  }

  private ServiceApp find(long appId) {
    ServiceApp app = em.find(ServiceApp.class, appId);
    if (app == null) {
      throw NotFoundException.keyed("appcenter.app.notFound", String.valueOf(appId));
    }
    if (!UnitScope.of(session).allows(app.getUnit().getName())) {
      throw NotFoundException.keyed("appcenter.app.notFound", String.valueOf(appId));
    }
    return app;
  }

  private static NoteKind kind(String text) {
    return EnumNames.lookup(NoteKind.class, text)
        .orElseThrow(() -> InvalidInputException.keyed("kind", "appcenter.noteKind.unknown"));
  }
}
