package org.onewindow.filing.service;

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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onewindow.appcenter.service.AccessUnitService;
import org.onewindow.appcenter.service.AccessUnitView;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.files.FileStore;
import org.onewindow.files.StoredFile;
import org.onewindow.filing.domain.Filing;
import org.onewindow.filing.domain.FilingDraft;
import org.onewindow.filing.domain.FilingFile;
import org.onewindow.filing.domain.FilingFileKind;
import org.onewindow.filing.domain.InstallPackage;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.PackagePlatform;
import org.onewindow.filing.domain.UpgradeJudgement;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.review.ReviewCaller;
import org.onewindow.review.ReviewWorkflow;

/**
 * Filing as its submitter works on it (000 10.1–10.2; 001 5): an access unit's developer starts a
 * draft, writes its naming, responsible units and privacy over as many sittings as it needs (drafts
 * survive logout: they are rows, not sessions), uploads the icon, screenshots and install package,
 * and sees what is still missing before it may submit. Everything it writes is checked here — the
 * console and the API only pass it on. A refused write or upload changes nothing.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.FILING_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class FilingService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @EJB private AccessUnitService units;

  @Inject Clock clock;

  @Inject FilingViews views;

  @Inject FilingReviewKind kind;

  private FileStore store;

  @PostConstruct
  void start() {
    store = FilingFileStores.store(clock);
  }

  /**
   * Starts a filing for the caller's unit (a platform administrator names the unit).
   *
   * @param unitName the access unit filing the app; blank: the caller's own
   * @throws DutySeparationException when a developer names another unit, or has none
   * @throws InvalidInputException when the unit is unknown or a field is malformed
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public FilingView start(String unitName, FilingDraft draft) {
    UnitScope scope = FilingScope.of(session);
    String unit =
        unitName == null || unitName.isBlank()
            ? (scope.restrictedTo() == null ? "" : scope.restrictedTo())
            : unitName.strip();
    scope.checkActsFor(unit);
    AccessUnitView accessUnit =
        units
            .named(unit)
            .orElseThrow(() -> InvalidInputException.keyed("unitName", "filing.unit.unknown"));
    Filing filing =
        Filing.start(
            accessUnit.name(),
            accessUnit.divisionCode(),
            draft,
            FilingContacts::seal,
            caller(),
            clock.instant());
    em.persist(filing);
    em.flush();
    workflow().registered(kind, filing);
    return views.of(filing);
  }

  /**
   * Writes the draft's fields (all of them: what is blank is cleared).
   *
   * @throws org.onewindow.common.StateConflictException while submitted or approved
   * @throws InvalidInputException when a field is malformed: nothing is changed
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public FilingView save(long id, FilingDraft draft) {
    Filing filing = records().visibleForUpdate(scope(), id);
    filing.write(draft, FilingContacts::seal);
    em.flush();
    FilingAudit.record(audit, clock, "FILING_SAVED", caller(), filing, "");
    return views.of(filing);
  }

  /**
   * The filing's fields for its owner's form, the people's names and numbers in clear: only the
   * owner's side sees them so (reviewers see them masked in {@link #get}).
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public FilingDraft draft(long id) {
    Filing filing = records().visible(scope(), id);
    return filing.draft(FilingContacts::open);
  }

  /** The filing as the caller may see it, people masked. */
  public FilingView get(long id) {
    return views.of(records().visible(scope(), id));
  }

  /** A page of the filings the caller may see. */
  public FilingPage search(FilingQuery query) {
    return new FilingSearch(em).run(scope(), query);
  }

  /**
   * Writes the filings a query selects (at most {@value FilingExport#MAX_ROWS}, the query's own
   * paging ignored) as a spreadsheet, the columns in {@code locale}'s language.
   *
   * @param format {@code csv} or {@code xlsx}
   * @throws InvalidInputException for another format
   */
  public void export(FilingQuery query, String format, Locale locale, OutputStream out) {
    FilingExport.Format chosen = FilingExport.Format.parse(format);
    List<FilingSummary> rows = new ArrayList<>();
    FilingSearch search = new FilingSearch(em);
    UnitScope scope = scope();
    for (int offset = 0; offset < FilingExport.MAX_ROWS; offset += FilingQuery.MAX_LIMIT) {
      FilingPage page =
          search.run(
              scope,
              new FilingQuery(
                  query.text(),
                  query.status(),
                  query.platform(),
                  offset,
                  FilingQuery.MAX_LIMIT,
                  query.sort(),
                  query.ascending()));
      rows.addAll(page.items());
      if (page.items().size() < FilingQuery.MAX_LIMIT) {
        break;
      }
    }
    FilingExport.write(rows, chosen, locale, out);
  }

  /**
   * Uploads the icon (replacing an earlier one) or a screenshot.
   *
   * @param kind {@code icon} or {@code screenshot}
   * @throws InvalidInputException when the kind is another or the image breaks a rule: nothing kept
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public FilingFileView uploadImage(long id, String kind, InputStream content, String name) {
    FilingFileKind fileKind = imageKind(kind);
    Filing filing = records().visibleForUpdate(scope(), id);
    filing.checkDraft();
    if (fileKind == FilingFileKind.SCREENSHOT
        && records().files(id, FilingFileKind.SCREENSHOT).size() >= MAX_SCREENSHOTS) {
      throw InvalidInputException.keyed(
          "screenshot", "filing.screenshots.tooMany", String.valueOf(MAX_SCREENSHOTS));
    }
    StoredFile stored = store(fileKind, content, name);
    if (fileKind == FilingFileKind.ICON) {
      records().files(id, FilingFileKind.ICON).forEach(em::remove);
    }
    FilingFile file =
        new FilingFile(
            id,
            filing.getReview().revision(),
            fileKind,
            null,
            stored.storageName(),
            stored.originalName(),
            stored.size(),
            stored.sm3Hex(),
            caller(),
            stored.storedAt());
    em.persist(file);
    em.flush();
    FilingAudit.record(
        audit, clock, "FILING_FILE_UPLOADED", caller(), filing, fileKind + " " + stored.sm3Hex());
    return FilingFileView.of(file);
  }

  /** The most screenshots a filing keeps (001 5.3 a asks for at least three). */
  public static final int MAX_SCREENSHOTS = 10;

  /**
   * Removes a screenshot while the filing may be changed.
   *
   * @throws NotFoundException when the filing has no such screenshot
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public void removeScreenshot(long id, long fileId) {
    Filing filing = records().visibleForUpdate(scope(), id);
    filing.checkDraft();
    FilingFile file = em.find(FilingFile.class, fileId);
    if (file == null || file.getFilingId() != id || file.getKind() != FilingFileKind.SCREENSHOT) {
      throw NotFoundException.keyed("filing.file.notFound");
    }
    em.remove(file);
    FilingAudit.record(
        audit, clock, "FILING_FILE_REMOVED", caller(), filing, "SCREENSHOT " + file.getSm3Hex());
  }

  /**
   * Uploads the install package (replacing an earlier one): stored, fingerprinted, read (000 10.1)
   * and judged as an upgrade of the last approved version of the same package (000 10.3 c) — a
   * version code that does not grow, or a signer that is neither the approved one nor rotated from
   * it through an APK v3 lineage, is refused here, and the draft keeps its earlier package.
   *
   * @throws InvalidInputException when the file is no readable, verifiable package of the platform,
   *     or breaks the upgrade rule: nothing is kept
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public FilingView uploadPackage(long id, String platform, InputStream content, String name) {
    PackagePlatform kind = FilingQuery.platform(platform);
    if (kind == null) {
      throw InvalidInputException.keyed("platform", "filing.platform.unknown");
    }
    Filing filing = records().visibleForUpdate(scope(), id);
    filing.checkDraft();
    StoredFile stored = store(FilingFileKind.packageOf(kind), content, name);
    boolean kept = false;
    try {
      PackageFacts facts =
          PackageIntake.read(kind, store.directory().resolve(stored.storageName()));
      Filing approved = records().lastApproved(facts.packageName(), id).orElse(null);
      UpgradeJudgement upgrade =
          PackageIntake.judge(
              approved == null ? null : approved.getInstallPackage().facts(), facts);
      if (!upgrade.passed()) {
        throw UpgradeRefusal.of(upgrade);
      }
      InstallPackage previous = filing.getInstallPackage();
      filing.attach(
          new InstallPackage(
              stored.storageName(),
              stored.originalName(),
              stored.size(),
              stored.sm3Hex(),
              facts,
              stored.storedAt()),
          approved == null ? null : approved.getId());
      em.flush();
      kept = true;
      FilingAudit.record(
          audit,
          clock,
          "FILING_PACKAGE_UPLOADED",
          caller(),
          filing,
          facts.packageName() + " " + facts.versionCode() + " SM3 " + stored.sm3Hex());
      if (previous != null) {
        deleteQuietly(previous.storageName());
      }
      return views.of(filing);
    } finally {
      if (!kept) {
        deleteQuietly(stored.storageName());
      }
    }
  }

  /**
   * Opens one of the filing's images (icon, screenshot, evidence) for the console to show.
   *
   * @throws NotFoundException when the filing has no such file
   */
  public FilingFileContent image(long id, long fileId) {
    records().visible(scope(), id);
    FilingFile file = em.find(FilingFile.class, fileId);
    if (file == null || file.getFilingId() != id) {
      throw NotFoundException.keyed("filing.file.notFound");
    }
    try {
      return new FilingFileContent(
          file.getStorageName().endsWith(".png") ? "image/png" : "image/jpeg",
          file.getSize(),
          store.open(file.getStorageName()));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a filing's file failed", e);
    }
  }

  private StoredFile store(FilingFileKind kind, InputStream content, String name) {
    try {
      return store.store(kind, content, name);
    } catch (IOException e) {
      throw new UncheckedIOException("storing an upload failed", e);
    }
  }

  private void deleteQuietly(String storageName) {
    try {
      store.delete(storageName);
    } catch (IOException | RuntimeException e) {
      // an orphan file is harmless: it has a random name no row points to
    }
  }

  private static FilingFileKind imageKind(String kind) {
    if ("icon".equalsIgnoreCase(kind == null ? "" : kind.strip())) {
      return FilingFileKind.ICON;
    }
    if ("screenshot".equalsIgnoreCase(kind == null ? "" : kind.strip())) {
      return FilingFileKind.SCREENSHOT;
    }
    throw InvalidInputException.keyed("kind", "filing.fileKind.unknown");
  }

  private UnitScope scope() {
    return FilingScope.of(session);
  }

  private FilingRecords records() {
    return new FilingRecords(em);
  }

  private ReviewWorkflow workflow() {
    return ReviewWorkflow.of(em, audit, clock);
  }

  private String caller() {
    return ReviewCaller.of(session).name();
  }
}
