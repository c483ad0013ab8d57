package org.onewindow.inspection.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.List;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.files.FileStore;
import org.onewindow.inspection.domain.InspectionRecord;
import org.onewindow.inspection.repository.InspectionRecordRepository;
import org.onewindow.review.SubjectKind;
import org.onewindow.review.SubjectKinds;

/**
 * A subject's latest inspection records (000 8.2.2 a 接口监测), newest first and bounded. Whoever may
 * see the subject may see its records: its owning capability decides that through the review
 * registry ({@link SubjectKinds}; a unit's developer sees its own unit's only) and answers "not
 * found" otherwise.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class InspectionHistoryService {

  /** The most records one query returns. */
  public static final int MAX = 100;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject private SubjectKinds kinds;

  @Inject private Clock clock;

  /**
   * The screenshot the browser took of a page inspection (界面巡检, 003 6.7.3), for whoever may see the
   * inspected app; the caller closes the stream.
   *
   * @throws org.onewindow.common.NotFoundException when there is no such record or screenshot, or
   *     the caller may not see the subject
   */
  public InspectionScreenshot screenshot(long recordId) {
    InspectionRecord record = em.find(InspectionRecord.class, recordId);
    if (record == null || record.getScreenshot() == null) {
      throw NotFoundException.keyed("inspection.screenshot.notFound");
    }
    kinds.checkVisible(kinds.parse(record.getSubjectType()), record.getSubjectId());
    FileStore store = InspectionFileStores.store(clock);
    try {
      String name = record.getScreenshot();
      return new InspectionScreenshot(
          "image/png", Files.size(store.directory().resolve(name)), store.open(name));
    } catch (NoSuchFileException e) {
      throw NotFoundException.keyed("inspection.screenshot.notFound");
    } catch (IOException e) {
      throw new UncheckedIOException("reading an inspection screenshot failed", e);
    }
  }

  /**
   * The latest records of the subject.
   *
   * @param limit how many, 1 … {@value #MAX}
   * @throws org.onewindow.common.NotFoundException when the caller may not see the subject
   */
  public List<InspectionRecordView> latest(SubjectKind type, long id, int limit) {
    kinds.checkVisible(type, id);
    return new InspectionRecordRepository(em)
        .newestOf(type, id, Math.max(1, Math.min(MAX, limit))).stream()
            .map(InspectionRecordView::of)
            .toList();
  }
}
