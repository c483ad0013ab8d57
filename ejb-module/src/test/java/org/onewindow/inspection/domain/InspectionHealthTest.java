package org.onewindow.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 000 9.4.3 c: 接口响应慢、接口报错、接口请求超时 told apart from one inspection's verdict. */
class InspectionHealthTest {

  private static InspectionVerdict verdict(InspectionOutcome outcome, long millis) {
    return new InspectionVerdict(
        InspectionCheck.INTERFACE_CALL, outcome, 200, millis, "result_code 100");
  }

  @Test
  void aGoodAnswerAboveTheThresholdIsSlowAndSaysHowSlow() {
    InspectionVerdict slow = verdict(InspectionOutcome.OK, 3_500).weighedAgainst(3_000);
    assertEquals(InspectionOutcome.SLOW, slow.outcome());
    assertTrue(slow.reason().contains("3500") && slow.reason().contains("3000"), slow.reason());
    assertEquals(InspectionHealth.SLOW, InspectionHealth.of(slow, false));
  }

  @Test
  void aGoodAnswerWithinTheThresholdAndAnyFailureAreLeftAsTheyAre() {
    InspectionVerdict quick = verdict(InspectionOutcome.OK, 3_000);
    assertSame(quick, quick.weighedAgainst(3_000));
    InspectionVerdict failed = verdict(InspectionOutcome.FAILED, 9_000);
    assertSame(failed, failed.weighedAgainst(3_000), "an error is an error, however slow");
  }

  @Test
  void aFailureIsATimeoutWhenTheCallRanOutOfTimeElseAnError() {
    InspectionVerdict failed = verdict(InspectionOutcome.FAILED, 10_000);
    assertEquals(InspectionHealth.TIMEOUT, InspectionHealth.of(failed, true));
    assertEquals(InspectionHealth.ERROR, InspectionHealth.of(failed, false));
    assertEquals(InspectionHealth.OK, InspectionHealth.of(verdict(InspectionOutcome.OK, 5), false));
  }
}
