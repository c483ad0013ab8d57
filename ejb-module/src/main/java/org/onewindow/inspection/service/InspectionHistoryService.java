package org.onewindow.inspection.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onewindow.common.Roles;
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
