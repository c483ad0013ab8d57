package org.onewindow.inspection.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onewindow.appcenter.domain.SubjectType;
import org.onewindow.appcenter.service.AppCatalogueService;
import org.onewindow.appcenter.service.InterfaceRegistryService;
import org.onewindow.common.Roles;
import org.onewindow.inspection.repository.InspectionRecordRepository;

/**
 * A subject's latest inspection records (000 8.2.2 a 接口监测), newest first and bounded. Whoever may
 * see the interface or app may see its records: the registry and onboarding services decide that (a
 * unit's developer sees its own unit's only) and answer "not found" otherwise.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class InspectionHistoryService {

  /** The most records one query returns. */
  public static final int MAX = 100;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private InterfaceRegistryService interfaces;

  @EJB private AppCatalogueService apps;

  /**
   * The latest records of the subject.
   *
   * @param limit how many, 1 … {@value #MAX}
   * @throws org.onewindow.common.NotFoundException when the caller may not see the subject
   */
  public List<InspectionRecordView> latest(SubjectType type, long id, int limit) {
    if (type == SubjectType.INTERFACE) {
      interfaces.get(id);
    } else {
      apps.get(id);
    }
    return new InspectionRecordRepository(em)
        .newestOf(type, id, Math.max(1, Math.min(MAX, limit))).stream()
            .map(InspectionRecordView::of)
            .toList();
  }
}
