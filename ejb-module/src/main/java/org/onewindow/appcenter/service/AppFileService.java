package org.onewindow.appcenter.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.onewindow.appcenter.domain.AppFile;
import org.onewindow.appcenter.domain.AppFileKind;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.repository.AppFileRepository;
import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.files.FileStore;
import org.onewindow.files.StoredFile;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * An app's files (000 9.3 应用上传): the H5 package or APK, the icon, screenshots. Each upload is
 * checked by kind (type by content, size, zip-bomb and path limits, image dimensions), stored under
 * a server-generated name outside the web root with its SM3 fingerprint, and only then recorded; a
 * refused upload leaves nothing behind. Only while the app may be changed (draft, rejected,
 * offline).
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class AppFileService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject Clock clock;
  private FileStore store;

  @PostConstruct
  void start() {
    store = AppFileStores.platformStore(clock);
  }

  /**
   * Checks and stores one upload of the app's.
   *
   * @throws InvalidInputException when the kind is unknown or the file breaks a rule: nothing kept
   * @throws org.onewindow.common.StateConflictException while the app is under review or online
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public AppFileView upload(long appId, String kind, InputStream content, String originalName) {
    ServiceApp app = em.find(ServiceApp.class, appId);
    if (app == null) {
      throw NotFoundException.keyed("appcenter.app.notFound", String.valueOf(appId));
    }
    if (!UnitScope.of(session).allows(app.getUnit().getName())) {
      throw NotFoundException.keyed("appcenter.app.notFound", String.valueOf(appId));
    }
    app.checkEditable();
    AppFileKind fileKind = kind(kind);
    StoredFile stored;
    try {
      stored = store.store(fileKind, content, originalName);
    } catch (IOException e) {
      throw new UncheckedIOException("storing an upload failed", e);
    }
    String actor = session.getCallerPrincipal().getName();
    AppFile file =
        new AppFile(
            appId,
            app.getReview().revision(),
            fileKind,
            stored.storageName(),
            stored.originalName(),
            stored.size(),
            stored.sm3(),
            actor,
            stored.storedAt());
    em.persist(file);
    em.flush();
    audit.recordInCallersTransaction(
        new AuditEvent(
            clock.instant(),
            "platform",
            "APP_FILE_UPLOADED",
            actor,
            "success",
            Messages.text(
                "appcenter.audit.fileUploaded",
                Messages.PLATFORM_LOCALE,
                app.getAppKey(),
                fileKind,
                stored.originalName(),
                String.valueOf(stored.size()),
                stored.sm3())));
    return AppFileView.of(file);
  }

  /** The app's files, newest first. */
  public List<AppFileView> files(long appId) {
    ServiceApp app = em.find(ServiceApp.class, appId);
    if (app == null) {
      throw NotFoundException.keyed("appcenter.app.notFound", String.valueOf(appId));
    }
    if (!UnitScope.of(session).allows(app.getUnit().getName())) {
      throw NotFoundException.keyed("appcenter.app.notFound", String.valueOf(appId));
    }
    return new AppFileRepository(em).ofApp(appId).stream().map(AppFileView::of).toList();
  }

  private static AppFileKind kind(String text) {
    return EnumNames.lookup(AppFileKind.class, text)
        .orElseThrow(() -> InvalidInputException.keyed("kind", "appcenter.fileKind.unknown"));
  }
}
