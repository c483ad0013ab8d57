package org.onewindow.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress bar's figure from the steps' expectations and read counts. */
class ProgressTest {

  @Test
  void aStepsProgressIsItsReadCountAgainstWhatItExpects() {
    assertEquals(40, Progress.ofStep("STARTED", 250L, 100));
    assertEquals(0, Progress.ofStep("STARTED", 250L, 0));
    // A reader that finds more than it announced does not draw past the end.
    assertEquals(100, Progress.ofStep("STARTED", 250L, 300));
    assertEquals(0, Progress.ofStep("STARTED", 0L, 0));
  }

  @Test
  void aCompletedStepIsWholeAndOneThatSaidNothingIsUnknown() {
    assertEquals(100, Progress.ofStep("COMPLETED", null, 3));
    assertEquals(100, Progress.ofStep("COMPLETED", 10L, 3));
    assertNull(Progress.ofStep("STARTED", null, 3));
  }

  @Test
  void aRunsProgressAddsTheStepsThatSaidWhatTheyExpect() {
    List<StepView> steps =
        List.of(step("load", "COMPLETED", 100L, 90), step("send", "STARTED", 300L, 100));
    // the completed step counts whole (100 of 100), the running one 100 of 300
    assertEquals(50, Progress.ofExecution("STARTED", steps));
    assertEquals(100, Progress.ofExecution("COMPLETED", steps));
    assertNull(Progress.ofExecution("STARTED", List.of(step("census", "STARTED", null, 0))));
  }

  private static StepView step(String name, String status, Long expected, long read) {
    return new StepView(
        1, name, status, null, null, null, read, read, 0, 0, 0, 0, 0, 0, 0, expected, null);
  }
}
