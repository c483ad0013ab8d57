package org.onewindow.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onewindow.common.StateConflictException;

/** The states of an online case (001 7.2 在线申请; 001 7.3 办件进度: 受理, 审查, 决定, 办结; 补正). */
class OnlineCaseTest {

  private static final Instant T = Instant.parse("2026-12-07T02:00:00Z");

  private static OnlineCase draft() {
    return new OnlineCase("citizen", "M1", "事项", "某局", 3, "张*", T);
  }

  private static OnlineCase submitted() {
    OnlineCase c = draft();
    c.submit("WB202612070000000001", T.plusSeconds(1));
    return c;
  }

  @Test
  void aDraftIsSubmittedWithItsNumberAndIsNoLongerEditable() {
    OnlineCase c = draft();
    assertTrue(c.isEditable());
    assertNull(c.getCaseNo());
    c.submit("WB202612070000000001", T.plusSeconds(1));
    assertEquals(OnlineCaseState.SUBMITTED, c.getState());
    assertEquals("WB202612070000000001", c.getCaseNo());
    assertFalse(c.isEditable());
    assertThrows(StateConflictException.class, c::checkEditable);
    assertThrows(StateConflictException.class, () -> c.submit("again", T));
  }

  @Test
  void theStagesRunInTheirOrderAcceptReviewDecideConclude() {
    OnlineCase c = submitted();
    // 审查 before 受理 is refused, and so is 决定 before 审查
    assertThrows(StateConflictException.class, () -> c.review("officer", T));
    c.accept("officer", T.plusSeconds(2));
    assertEquals(CaseStage.ACCEPTED, c.getState().stage());
    assertThrows(
        StateConflictException.class, () -> c.decide("officer", CaseResult.GRANTED, "1号", T));
    c.review("officer", T.plusSeconds(3));
    c.decide("officer", CaseResult.GRANTED, "京公交决字〔2026〕1号", T.plusSeconds(4));
    assertThrows(StateConflictException.class, () -> c.accept("officer", T));
    c.conclude("officer", "EMS 1234567890", T.plusSeconds(5));
    assertEquals(OnlineCaseState.CONCLUDED, c.getState());
    assertEquals(CaseStage.CONCLUDED, c.getState().stage());
    assertEquals("EMS 1234567890", c.getDeliveryNote());
    assertEquals(T.plusSeconds(2), c.getAcceptedAt());
    // 办结 is final
    assertThrows(StateConflictException.class, () -> c.requestCorrection("x", T));
  }

  @Test
  void aDecisionGrantsOrDeniesNothingElse() {
    OnlineCase c = submitted();
    c.accept("officer", T);
    c.review("officer", T);
    assertThrows(
        StateConflictException.class, () -> c.decide("officer", CaseResult.WITHDRAWN, "1号", T));
    assertEquals(OnlineCaseState.REVIEWED, c.getState());
  }

  @Test
  void aCorrectionAfterAcceptanceResumesAcceptedOnResubmission() {
    OnlineCase c = submitted();
    c.accept("officer", T);
    c.requestCorrection("请补交户口簿首页", T.plusSeconds(10));
    assertEquals(OnlineCaseState.CORRECTION_REQUESTED, c.getState());
    assertEquals("请补交户口簿首页", c.getCorrectionReason());
    // the applicant may change the materials again while the correction is open (补正)
    assertTrue(c.isEditable());
    assertThrows(StateConflictException.class, () -> c.review("officer", T));
    c.resubmit(T.plusSeconds(20));
    assertEquals(OnlineCaseState.ACCEPTED, c.getState());
    assertFalse(c.isEditable());
    assertThrows(StateConflictException.class, () -> c.resubmit(T));
  }

  @Test
  void aCorrectionBeforeAcceptanceResumesSubmitted() {
    OnlineCase c = submitted();
    c.requestCorrection("身份证照片不清晰", T);
    c.resubmit(T.plusSeconds(1));
    assertEquals(OnlineCaseState.SUBMITTED, c.getState());
    c.accept("officer", T.plusSeconds(2));
    assertEquals(OnlineCaseState.ACCEPTED, c.getState());
  }

  @Test
  void noCorrectionOnADraftOrAfterTheDecision() {
    assertThrows(StateConflictException.class, () -> draft().requestCorrection("x", T));
    OnlineCase c = submitted();
    c.accept("officer", T);
    c.review("officer", T);
    c.decide("officer", CaseResult.DENIED, "不予字1号", T);
    assertThrows(StateConflictException.class, () -> c.requestCorrection("x", T));
  }
}
