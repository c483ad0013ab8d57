package org.onewindow.casework.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.onewindow.casework.domain.CaseResult;
import org.onewindow.casework.domain.OnlineCase;
import org.onewindow.casework.domain.OnlineCaseScope;
import org.onewindow.casework.domain.OnlineCaseState;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Roles;

/**
 * The implementing unit's work on online cases (001 7.3), in the console: its queue, one case with
 * its materials and progress, and the steps 受理, 补正 (a correction asked of the applicant, with the
 * reason), 审查, 决定 and 办结 with delivery. Only a member of the matter's implementing unit acts
 * ({@link OnlineCaseScope}: the {@code access_unit} claim names it); platform administrators read
 * every unit's cases and act on none. Each step tells the applicant (progress and notice).
 */
@Stateless
@RolesAllowed({Roles.UNIT_DEVELOPER, Roles.PLATFORM_ADMIN})
public class OnlineCaseHandlingService {

  /** The most cases one list shows. */
  public static final int MAX_LIST = 200;

  private static final int MAX_DOC_NO = 100;
  private static final int MAX_NOTE = 200;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject Clock clock;

  /**
   * The submitted cases the caller sees, in {@code state} (null: every state but drafts), oldest
   * update first — the queue's order.
   */
  public List<OnlineCaseSummary> queue(OnlineCaseState state) {
    String unit = scope().listedUnit();
    if (unit != null && unit.isEmpty()) {
      return List.of(); // a member of no unit has no queue
    }
    StringBuilder jpql = new StringBuilder("select c from OnlineCase c where c.state <> :draft");
    if (state != null) {
      jpql.append(" and c.state = :state");
    }
    if (unit != null) {
      jpql.append(" and c.departmentName = :unit");
    }
    jpql.append(" order by c.updatedAt desc, c.id desc");
    TypedQuery<OnlineCase> query =
        em.createQuery(jpql.toString(), OnlineCase.class)
            .setParameter("draft", OnlineCaseState.DRAFT);
    if (state != null) {
      query.setParameter("state", state);
    }
    if (unit != null) {
      query.setParameter("unit", unit);
    }
    return query.setMaxResults(MAX_LIST).getResultStream().map(OnlineCaseSummary::of).toList();
  }

  /**
   * One case.
   *
   * @throws org.onewindow.common.NotFoundException when there is none the caller may see
   */
  public OnlineCaseView get(String caseNo) {
    OnlineCase c = records().byNumber(caseNo, false);
    OnlineCaseScope scope = scope();
    scope.checkSees(c.getDepartmentName());
    return view(c, scope.acts(c.getDepartmentName()));
  }

  /**
   * A material of a case the caller sees, to examine it.
   *
   * @throws org.onewindow.common.NotFoundException when the caller may not see the case, or it has
   *     no such material
   */
  public MaterialContent material(String caseNo, long materialId) {
    OnlineCase c = records().byNumber(caseNo, false);
    scope().checkSees(c.getDepartmentName());
    return records().open(OnlineCaseRecords.store(clock), c.getId(), materialId);
  }

  /** 受理. */
  public OnlineCaseView accept(String caseNo) {
    OnlineCase c = forHandling(caseNo);
    Instant now = clock.instant();
    c.accept(handler(), now);
    return recorded(c, null, now);
  }

  /**
   * 补正: asks the applicant for what is missing, in full and at once; the reason is required.
   *
   * @throws InvalidInputException when the reason is blank or too long
   */
  public OnlineCaseView requestCorrection(String caseNo, String reason) {
    String why = InputRules.multiLine("reason", reason);
    if (why.isEmpty()) {
      throw InvalidInputException.keyed("reason", "casework.online.reasonMissing");
    }
    if (why.length() > OnlineCase.MAX_TEXT) {
      throw InvalidInputException.keyed(
          "reason", "casework.online.tooLong", String.valueOf(OnlineCase.MAX_TEXT));
    }
    OnlineCase c = forHandling(caseNo);
    Instant now = clock.instant();
    c.requestCorrection(why, now);
    return recorded(c, why, now);
  }

  /** 审查. */
  public OnlineCaseView review(String caseNo) {
    OnlineCase c = forHandling(caseNo);
    Instant now = clock.instant();
    c.review(handler(), now);
    return recorded(c, null, now);
  }

  /**
   * 决定: granted or denied, with the result document's number.
   *
   * @throws InvalidInputException when the number is missing or too long
   */
  public OnlineCaseView decide(String caseNo, CaseResult result, String docNo) {
    String number = InputRules.singleLine("resultDocNo", docNo);
    if (number.isEmpty() || number.length() > MAX_DOC_NO) {
      throw InvalidInputException.keyed("resultDocNo", "casework.online.docNoInvalid");
    }
    OnlineCase c = forHandling(caseNo);
    Instant now = clock.instant();
    c.decide(handler(), result, number, now);
    return recorded(c, number, now);
  }

  /**
   * 办结, with how the result went out (001 7.3 快递信息).
   *
   * @throws InvalidInputException when the note is missing or too long
   */
  public OnlineCaseView conclude(String caseNo, String deliveryNote) {
    String note = InputRules.singleLine("deliveryNote", deliveryNote);
    if (note.isEmpty() || note.length() > MAX_NOTE) {
      throw InvalidInputException.keyed("deliveryNote", "casework.online.deliveryNoteInvalid");
    }
    OnlineCase c = forHandling(caseNo);
    Instant now = clock.instant();
    c.conclude(handler(), note, now);
    return recorded(c, note, now);
  }

  private OnlineCase forHandling(String caseNo) {
    OnlineCase c = records().byNumber(caseNo, true);
    scope().checkActs(c.getDepartmentName());
    return c;
  }

  private OnlineCaseView recorded(OnlineCase c, String note, Instant at) {
    records().record(c, handler(), note, at);
    return view(c, true);
  }

  private OnlineCaseView view(OnlineCase c, boolean mayAct) {
    return OnlineCaseView.of(
        c, records().handedIn(c.getId()), records().progress(c.getId()), mayAct);
  }

  private OnlineCaseScope scope() {
    String unit = CallerToken.of(session).accessUnit();
    return session.isCallerInRole(Roles.PLATFORM_ADMIN)
        ? OnlineCaseScope.platformReader(unit)
        : OnlineCaseScope.ofUnit(unit);
  }

  private String handler() {
    return CallerToken.of(session).username();
  }

  private OnlineCaseRecords records() {
    return new OnlineCaseRecords(em);
  }
}
