package org.onewindow.appcenter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransition;

/** An interface's review (000 9.4.1) and rectification after going offline (000 9.5). */
class RegisteredInterfaceTest {

  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  private static RegisteredInterface draft() {
    AccessUnit unit = AccessUnit.register("北京市政务服务管理局", "110000", "admin", NOW);
    return RegisteredInterface.register(
        unit, Definitions.busLine(), new PlatformSigningKey("ref", "pem"), "developer", NOW);
  }

  @Test
  void theWholeWayFromDraftToOnlineAndBackAfterRectification() {
    RegisteredInterface i = draft();
    assertEquals(ReviewStatus.DRAFT, i.getStatus());
    assertEquals(1, i.getRevision());

    ReviewTransition submitted = i.perform(ReviewAction.SUBMIT, "developer", null, NOW);
    assertEquals(ReviewStatus.DRAFT, submitted.getFrom());
    assertEquals(ReviewStatus.SUBMITTED, submitted.getTo());
    assertEquals("developer", submitted.getActor());

    i.perform(ReviewAction.APPROVE, "reviewer", "", NOW);
    i.perform(ReviewAction.ONLINE, "reviewer", "", NOW);
    assertEquals(ReviewStatus.ONLINE, i.getStatus());

    ReviewTransition offline = i.perform(ReviewAction.OFFLINE, "reviewer", "接口频繁超时", NOW);
    assertEquals("接口频繁超时", offline.getReason());
    assertEquals("接口频繁超时", i.getReview().lastReason());

    ReviewTransition revised =
        i.revise(Definitions.busLine("https://bus2.example.gov.cn/bus/line"), "developer", NOW);
    assertEquals(ReviewStatus.OFFLINE, revised.getFrom());
    assertEquals(ReviewStatus.DRAFT, i.getStatus());
    assertEquals(2, i.getRevision());
    assertEquals("https://bus2.example.gov.cn/bus/line", i.definition().address());

    i.perform(ReviewAction.SUBMIT, "developer", null, NOW);
    i.perform(ReviewAction.APPROVE, "reviewer", null, NOW);
    assertEquals(ReviewStatus.APPROVED, i.getStatus());
  }

  @Test
  void aSubmitterNeverReviewsItsOwnSubmission() {
    RegisteredInterface i = draft();
    i.perform(ReviewAction.SUBMIT, "admin", null, NOW);
    assertThrows(
        DutySeparationException.class, () -> i.perform(ReviewAction.APPROVE, "admin", null, NOW));
    assertThrows(
        DutySeparationException.class, () -> i.perform(ReviewAction.REJECT, "admin", "不合格", NOW));
    assertEquals(ReviewStatus.SUBMITTED, i.getStatus());
  }

  @Test
  void theAuthorOfTheRevisionDoesNotReviewItEitherWhenSomeoneElseSubmitted() {
    RegisteredInterface i = draft();
    i.perform(ReviewAction.SUBMIT, "colleague", null, NOW);
    assertThrows(
        DutySeparationException.class,
        () -> i.perform(ReviewAction.APPROVE, "developer", null, NOW));
  }

  @Test
  void aRejectionNeedsAReasonAndTheInterfaceCanBeResubmitted() {
    RegisteredInterface i = draft();
    i.perform(ReviewAction.SUBMIT, "developer", null, NOW);
    assertThrows(
        InvalidInputException.class, () -> i.perform(ReviewAction.REJECT, "reviewer", "  ", NOW));
    assertEquals(ReviewStatus.SUBMITTED, i.getStatus());
    i.perform(ReviewAction.REJECT, "reviewer", "返回参数缺少 date", NOW);
    assertEquals(ReviewStatus.REJECTED, i.getStatus());
    i.perform(ReviewAction.SUBMIT, "developer", null, NOW);
    assertEquals(ReviewStatus.SUBMITTED, i.getStatus());
  }

  @Test
  void actionsOutOfOrderAreRefusedAndChangeNothing() {
    RegisteredInterface i = draft();
    StateConflictException e =
        assertThrows(
            StateConflictException.class,
            () -> i.perform(ReviewAction.APPROVE, "reviewer", null, NOW));
    assertEquals("接口当前状态为「草稿」，不能审核通过", e.getMessage());
    assertThrows(
        StateConflictException.class, () -> i.perform(ReviewAction.ONLINE, "reviewer", null, NOW));
    i.perform(ReviewAction.SUBMIT, "developer", null, NOW);
    assertThrows(
        StateConflictException.class, () -> i.revise(Definitions.busLine(), "developer", NOW));
    assertEquals(ReviewStatus.SUBMITTED, i.getStatus());
    assertEquals(1, i.getRevision());
  }

  @Test
  void onlyReviewActionsAreReadFromInput() {
    assertEquals(ReviewAction.OFFLINE, ReviewAction.parse("offline"));
    assertThrows(InvalidInputException.class, () -> ReviewAction.parse("revise"));
    assertThrows(InvalidInputException.class, () -> ReviewAction.parse("register"));
  }
}
