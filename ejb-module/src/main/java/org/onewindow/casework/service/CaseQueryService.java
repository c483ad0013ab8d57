package org.onewindow.casework.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.onewindow.casework.domain.ServiceCase;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.PageRequest;
import org.onewindow.common.PagedQuery;
import org.onewindow.common.ResultPage;
import org.onewindow.common.Roles;
import org.onewindow.common.SortFields;
import org.onewindow.common.UnitScope;

/**
 * Reads the cases (001 7.3 办件查询) for the console and the API: a search a page at a time and one
 * case, the applicants' personal data masked (000 示例8) — views are built from the masked columns,
 * never from the sealed value. Unit scope ({@link UnitScope}): platform administrators see every
 * department's cases; an access unit's developers and system accounts the cases of the department
 * whose name is their unit's. Cases come only from the inbound sync: there is nothing to write
 * here.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class CaseQueryService {

  /** The fields a search may be sorted by; newest acceptance first by default. */
  public static final SortFields SORTS =
      SortFields.of(
          Map.of(
              "acceptedAt", "c.acceptedAt",
              "caseNo", "c.caseNo",
              "updatedAt", "c.sourceVersion",
              "stage", "c.stage"),
          "c.acceptedAt desc, c.caseNo desc",
          "c.caseNo");

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  /** The cases of {@code query} the caller may see, one page. */
  public ResultPage<CaseSummary> search(CaseQuery query, PageRequest page) {
    PagedQuery scoped = scoped(query);
    if (scoped == null) {
      return new ResultPage<>(List.of(), 0);
    }
    return scoped
        .run(
            em,
            "select c from ServiceCase c",
            "select count(c) from ServiceCase c",
            ServiceCase.class,
            SORTS,
            page)
        .map(CaseSummary::of);
  }

  /** How many cases of {@code query} the caller may see. */
  public long count(CaseQuery query) {
    PagedQuery scoped = scoped(query);
    return scoped == null ? 0 : scoped.count(em, "select count(c) from ServiceCase c");
  }

  /** The query's filters within the caller's unit scope; null when the caller sees no case. */
  private PagedQuery scoped(CaseQuery query) {
    PagedQuery paged =
        new PagedQuery()
            .andIfGiven("c.departmentCode = :department", "department", query.departmentCode())
            .andIfGiven("c.matterCode = :matter", "matter", query.matterCode())
            .andIfGiven(
                "c.stage = :stage", "stage", query.stage() == null ? null : query.stage().name())
            .andIfGiven("c.acceptedAt >= :from", "from", query.acceptedFrom())
            .andIfGiven("c.acceptedAt < :before", "before", query.acceptedBefore());
    String unit = UnitScope.of(session).restrictedTo();
    if (unit == null) {
      return paged;
    }
    // A caller of no unit sees no department's cases.
    return unit.isEmpty() ? null : paged.and("c.departmentName = :unit", "unit", unit);
  }

  /**
   * One case.
   *
   * @throws NotFoundException when there is none of that number, or the caller may not see it (the
   *     same answer, so numbers reveal nothing)
   */
  public CaseView get(String caseNo) {
    ServiceCase found = caseNo == null ? null : em.find(ServiceCase.class, caseNo.strip());
    if (found == null) {
      throw NotFoundException.keyed("casework.case.notFound");
    }
    UnitScope.of(session).checkSees(found.getDepartmentName(), "casework.case.notFound");
    return CaseView.of(found);
  }
}
