package org.onewindow.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Roles;
import org.onewindow.common.StateConflictException;

/**
 * The one review workflow (000 9.4.1, 9.3, 9.5) for a kind that is neither an interface nor an app:
 * a filing reviewed by filing reviewers (000 10). Every step is checked as the workflow runs it for
 * any registered kind: the states, the role rules, separation of duties and its audit (GB/T 22239
 * 8.1.4.2), the history and the kind's own preconditions and effects.
 */
class ReviewWorkflowTest {

  static final SubjectKind FILING = new SubjectKind("FILING", "备案");

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  private static final ReviewCaller OWNER = ReviewCaller.withRoles("王建国", Roles.UNIT_DEVELOPER);
  private static final ReviewCaller COLLEAGUE = ReviewCaller.withRoles("李娜", Roles.UNIT_DEVELOPER);
  private static final ReviewCaller REVIEWER = ReviewCaller.withRoles("张伟", Roles.FILING_REVIEWER);
  private static final ReviewCaller ADMIN = ReviewCaller.withRoles("admin", Roles.PLATFORM_ADMIN);

  private final InMemoryHistory history = new InMemoryHistory();
  private final RecordingAudit audit = new RecordingAudit();
  private final ReviewWorkflow workflow =
      new ReviewWorkflow(history, audit, Clock.fixed(NOW, ZoneOffset.UTC));
  private final Filings kind = new Filings();

  /** What the workflow may move from each state (the diagram of {@link ReviewStatus}). */
  private static final Map<ReviewStatus, Set<ReviewAction>> ALLOWED =
      Map.of(
          ReviewStatus.DRAFT, EnumSet.of(ReviewAction.SUBMIT),
          ReviewStatus.SUBMITTED, EnumSet.of(ReviewAction.APPROVE, ReviewAction.REJECT),
          ReviewStatus.APPROVED, EnumSet.of(ReviewAction.ONLINE),
          ReviewStatus.REJECTED, EnumSet.of(ReviewAction.SUBMIT),
          ReviewStatus.ONLINE, EnumSet.of(ReviewAction.OFFLINE),
          ReviewStatus.OFFLINE, EnumSet.noneOf(ReviewAction.class));

  private static final List<ReviewAction> STEPS =
      List.of(
          ReviewAction.SUBMIT,
          ReviewAction.APPROVE,
          ReviewAction.REJECT,
          ReviewAction.ONLINE,
          ReviewAction.OFFLINE);

  @Test
  void everyStepIsAllowedFromItsStatesAndRefusedFromAllOthersChangingNothing() {
    for (ReviewStatus status : ReviewStatus.values()) {
      for (ReviewAction action : STEPS) {
        Filing filing = filingIn(status);
        int lines = history.lines().size();
        int records = audit.entries().size();
        ReviewCaller caller = action == ReviewAction.SUBMIT ? OWNER : REVIEWER;
        String why = action.needsReason() ? "材料不全" : null;
        if (ALLOWED.get(status).contains(action)) {
          workflow.perform(kind, () -> filing, action, why, caller);
          assertEquals(action.target(), filing.getReview().status(), status + " " + action);
          assertEquals(lines + 1, history.lines().size());
        } else {
          StateConflictException e =
              assertThrows(
                  StateConflictException.class,
                  () -> workflow.perform(kind, () -> filing, action, why, caller),
                  status + " " + action);
          assertEquals("备案当前状态为「" + status.label() + "」，不能" + action.label(), e.getMessage());
          assertEquals(status, filing.getReview().status());
          assertEquals(lines, history.lines().size(), "no line for a refused step");
          assertEquals(records, audit.entries().size(), "nothing audited as done");
        }
      }
    }
  }

  @Test
  void rectificationStartsANewRevisionOnlyAfterARejectionOrGoingOffline() {
    for (ReviewStatus status : ReviewStatus.values()) {
      Filing filing = filingIn(status);
      int revision = filing.getReview().revision();
      if (status.editable()) {
        workflow.revise(kind, () -> filing, Filing::revise, COLLEAGUE);
        assertEquals(ReviewStatus.DRAFT, filing.getReview().status());
        assertEquals(revision + 1, filing.getReview().revision());
        assertEquals("李娜", filing.getReview().authoredBy());
      } else {
        assertThrows(
            StateConflictException.class,
            () -> workflow.revise(kind, () -> filing, Filing::revise, COLLEAGUE),
            status.name());
        assertEquals(status, filing.getReview().status());
        assertEquals(revision, filing.getReview().revision());
      }
    }
  }

  @Test
  void theOwnersSideSubmitsAndRevisesTheDecidersDecideAndPublishAndAdministratorsDoAll() {
    for (ReviewAction action : STEPS) {
      boolean owners = action == ReviewAction.SUBMIT;
      assertEquals(owners, ReviewWorkflow.mayTake(kind, action, OWNER), action.name());
      assertEquals(
          owners,
          ReviewWorkflow.mayTake(kind, action, ReviewCaller.withRoles("s", Roles.API_CLIENT)));
      assertEquals(!owners, ReviewWorkflow.mayTake(kind, action, REVIEWER), action.name());
      assertTrue(ReviewWorkflow.mayTake(kind, action, ADMIN));
      // An application reviewer decides on interfaces and apps, not on this kind.
      assertFalse(
          ReviewWorkflow.mayTake(kind, action, ReviewCaller.withRoles("r", Roles.APP_REVIEWER)));
      assertFalse(ReviewWorkflow.mayTake(kind, action, ReviewCaller.withRoles("c", Roles.CITIZEN)));
    }
    assertTrue(ReviewWorkflow.mayTake(kind, ReviewAction.REVISE, OWNER));
    assertFalse(ReviewWorkflow.mayTake(kind, ReviewAction.REVISE, REVIEWER));
  }

  @Test
  void aRoleThatMayNotTakeTheStepIsRefusedBeforeTheSubjectIsEvenRead() {
    Filing filing = filingIn(ReviewStatus.SUBMITTED);
    List<String> reads = new ArrayList<>();
    EJBAccessException e =
        assertThrows(
            EJBAccessException.class,
            () ->
                workflow.perform(
                    kind,
                    () -> {
                      reads.add("read");
                      return filing;
                    },
                    ReviewAction.APPROVE,
                    null,
                    OWNER));
    assertEquals("role may not APPROVE", e.getMessage());
    assertTrue(reads.isEmpty(), "another unit's id reveals nothing to a caller without the role");
    assertThrows(
        EJBAccessException.class,
        () -> workflow.revise(kind, () -> filing, Filing::revise, REVIEWER));
    assertEquals(ReviewStatus.SUBMITTED, filing.getReview().status());
  }

  @Test
  void aSubmitterNeverDecidesOnItsOwnSubmissionAndTheAttemptIsAudited() {
    // An administrator holds both sides' roles: only separation of duties stops it.
    Filing filing = registered(ADMIN);
    workflow.perform(kind, () -> filing, ReviewAction.SUBMIT, null, ADMIN);
    int lines = history.lines().size();
    for (ReviewAction decision : List.of(ReviewAction.APPROVE, ReviewAction.REJECT)) {
      DutySeparationException e =
          assertThrows(
              DutySeparationException.class,
              () -> workflow.perform(kind, () -> filing, decision, "不合格", ADMIN));
      assertEquals("提交人不能审核自己提交的备案，请由其他审核员审核", e.getMessage());
    }
    assertEquals(ReviewStatus.SUBMITTED, filing.getReview().status());
    assertEquals(lines, history.lines().size());
    assertEquals(
        List.of(
            new RecordingAudit.Entry(
                "FILING_SELF_REVIEW_REFUSED", "admin", "备案 #9 测试备案：APPROVE", NOW, true),
            new RecordingAudit.Entry(
                "FILING_SELF_REVIEW_REFUSED", "admin", "备案 #9 测试备案：REJECT", NOW, true)),
        audit.refusals());
  }

  @Test
  void theAuthorOfTheRevisionDoesNotDecideEitherWhenSomeoneElseSubmitted() {
    Filing filing = registered(OWNER);
    ReviewCaller authorAsReviewer =
        ReviewCaller.withRoles("王建国", Roles.UNIT_DEVELOPER, Roles.FILING_REVIEWER);
    workflow.perform(kind, () -> filing, ReviewAction.SUBMIT, null, COLLEAGUE);
    assertThrows(
        DutySeparationException.class,
        () -> workflow.perform(kind, () -> filing, ReviewAction.APPROVE, null, authorAsReviewer));
    assertEquals(1, audit.refusals().size());
    workflow.perform(kind, () -> filing, ReviewAction.APPROVE, null, REVIEWER);
    assertEquals(ReviewStatus.APPROVED, filing.getReview().status());
  }

  @Test
  void everyStepIsKeptWithWhoWhenBeforeAfterAndWhyAndAuditedByName() {
    Filing filing = registered(OWNER);
    workflow.perform(kind, () -> filing, ReviewAction.SUBMIT, null, OWNER);
    workflow.perform(kind, () -> filing, ReviewAction.REJECT, "缺少负责单位", REVIEWER);
    workflow.revise(kind, () -> filing, Filing::revise, OWNER);
    workflow.perform(kind, () -> filing, ReviewAction.SUBMIT, "已补充", OWNER);
    workflow.perform(kind, () -> filing, ReviewAction.APPROVE, "", REVIEWER);

    List<ReviewTransition> lines = history.of(FILING, 9);
    assertEquals(
        List.of(
            ReviewAction.REGISTER,
            ReviewAction.SUBMIT,
            ReviewAction.REJECT,
            ReviewAction.REVISE,
            ReviewAction.SUBMIT,
            ReviewAction.APPROVE),
        lines.stream().map(ReviewTransition::getAction).toList());
    ReviewTransition rejected = lines.get(2);
    assertEquals("FILING", rejected.getSubjectType());
    assertEquals(9L, rejected.getSubjectId());
    assertEquals(1, rejected.getRevision());
    assertEquals(ReviewStatus.SUBMITTED, rejected.getFrom());
    assertEquals(ReviewStatus.REJECTED, rejected.getTo());
    assertEquals("张伟", rejected.getActor());
    assertEquals(NOW, rejected.getAt());
    assertEquals("缺少负责单位", rejected.getReason());
    assertNull(lines.get(0).getFrom(), "registration comes from nowhere");
    assertEquals(2, lines.get(5).getRevision());
    assertEquals("缺少负责单位", filing.getReview().lastReason());

    assertEquals(
        List.of(
            "FILING_REGISTER",
            "FILING_SUBMIT",
            "FILING_REJECT",
            "FILING_REVISE",
            "FILING_SUBMIT",
            "FILING_APPROVE"),
        audit.events());
    assertEquals("备案 #9 测试备案：第1版：SUBMITTED → REJECTED；原因：缺少负责单位", audit.entries().get(2).detail());
    assertEquals("备案 #9 测试备案：第2版：DRAFT → SUBMITTED；原因：已补充", audit.entries().get(4).detail());
    assertEquals(
        List.of("REGISTER", "SUBMIT", "REJECT", "REVISE", "SUBMIT", "APPROVE"),
        workflow.history(FILING, 9).stream().map(ReviewTransitionView::action).toList());
  }

  @Test
  void aRejectionAndGoingOfflineNeedAReasonOfBoundedLength() {
    Filing submitted = filingIn(ReviewStatus.SUBMITTED);
    InvalidInputException blank =
        assertThrows(
            InvalidInputException.class,
            () -> workflow.perform(kind, () -> submitted, ReviewAction.REJECT, "  ", REVIEWER));
    assertEquals("reason", blank.field());
    assertThrows(
        InvalidInputException.class,
        () ->
            workflow.perform(
                kind,
                () -> submitted,
                ReviewAction.APPROVE,
                "好".repeat(Review.MAX_REASON + 1),
                REVIEWER));
    assertEquals(ReviewStatus.SUBMITTED, submitted.getReview().status());
    Filing online = filingIn(ReviewStatus.ONLINE);
    assertThrows(
        InvalidInputException.class,
        () -> workflow.perform(kind, () -> online, ReviewAction.OFFLINE, null, REVIEWER));
    assertEquals(ReviewStatus.ONLINE, online.getReview().status());
  }

  @Test
  void theKindsPreconditionComesFirstAndItsEffectFollowsAKeptStep() {
    Filing filing = registered(OWNER);
    kind.sealed = false;
    StateConflictException e =
        assertThrows(
            StateConflictException.class,
            () -> workflow.perform(kind, () -> filing, ReviewAction.SUBMIT, null, OWNER));
    assertEquals("请先上传加盖公章的备案表", e.getMessage());
    assertEquals(ReviewStatus.DRAFT, filing.getReview().status());
    assertEquals(List.of(), kind.effects);
    kind.sealed = true;
    assertSame(filing, workflow.perform(kind, () -> filing, ReviewAction.SUBMIT, null, OWNER));
    assertEquals(List.of("DRAFT → SUBMITTED"), kind.effects);
  }

  // --- fixtures ------------------------------------------------------------------------------

  private Filing registered(ReviewCaller owner) {
    Filing filing = new Filing(owner.name());
    workflow.registered(kind, filing);
    return filing;
  }

  /** A filing brought to the state through the workflow. */
  private Filing filingIn(ReviewStatus status) {
    Filing filing = registered(OWNER);
    switch (status) {
      case DRAFT -> {}
      case SUBMITTED -> submit(filing);
      case APPROVED -> approve(filing);
      case REJECTED -> {
        submit(filing);
        workflow.perform(kind, () -> filing, ReviewAction.REJECT, "材料不全", REVIEWER);
      }
      case ONLINE -> online(filing);
      case OFFLINE -> {
        online(filing);
        workflow.perform(kind, () -> filing, ReviewAction.OFFLINE, "备案已注销", REVIEWER);
      }
    }
    assertEquals(status, filing.getReview().status());
    return filing;
  }

  private void submit(Filing filing) {
    workflow.perform(kind, () -> filing, ReviewAction.SUBMIT, null, OWNER);
  }

  private void approve(Filing filing) {
    submit(filing);
    workflow.perform(kind, () -> filing, ReviewAction.APPROVE, null, REVIEWER);
  }

  private void online(Filing filing) {
    approve(filing);
    workflow.perform(kind, () -> filing, ReviewAction.ONLINE, null, REVIEWER);
  }

  /** A subject of a kind the workflow has never heard of: all it has is a {@link Review}. */
  static final class Filing implements Reviewable {

    private final Review review;

    Filing(String author) {
      this.review = Review.draft(author, NOW);
    }

    @Override
    public Long getId() {
      return 9L;
    }

    @Override
    public Review getReview() {
      return review;
    }

    @Override
    public ReviewTransition registration() {
      return review.registration(FILING, 9L, NOW);
    }

    @Override
    public ReviewTransition perform(ReviewAction action, String actor, String reason, Instant at) {
      return review.perform(FILING, 9L, action, actor, reason, at);
    }

    ReviewTransition revise(String actor, Instant at) {
      review.checkEditable(FILING);
      return review.revise(FILING, 9L, actor, at);
    }
  }

  /** The filing kind: decided by filing reviewers, submitted only with its sealed form. */
  static final class Filings implements ReviewedKind<Filing> {

    boolean sealed = true;
    final List<String> effects = new ArrayList<>();

    @Override
    public SubjectKind kind() {
      return FILING;
    }

    @Override
    public Class<Filing> subjectClass() {
      return Filing.class;
    }

    @Override
    public Set<String> deciderRoles() {
      return Set.of(Roles.FILING_REVIEWER);
    }

    @Override
    public String describe(Filing filing) {
      return "备案 #" + filing.getId() + " 测试备案";
    }

    @Override
    public void checkBefore(Filing filing, ReviewAction action) {
      if (action == ReviewAction.SUBMIT && !sealed) {
        throw new StateConflictException("请先上传加盖公章的备案表");
      }
    }

    @Override
    public void afterMove(Filing filing, ReviewTransition transition) {
      effects.add(transition.getFrom() + " → " + transition.getTo());
    }

    @Override
    public void checkVisible(long id) {
      // Everyone sees test filings.
    }
  }
}
