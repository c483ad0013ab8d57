package org.onewindow.batch;

import java.util.List;

/**
 * How far a run has come, in percent, from what its steps said they expect ({@code
 * BatchProgressService}) and what they read so far. Unknown (null) while no running step said what
 * it expects: the console then shows a bar without a figure rather than a made-up one.
 */
public final class Progress {

  private Progress() {}

  /** A step's progress: 100 once completed; else its read count against what it expects. */
  public static Integer ofStep(String status, Long expected, long read) {
    if ("COMPLETED".equals(status)) {
      return 100;
    }
    if (expected == null) {
      return null;
    }
    return percent(read, expected);
  }

  /**
   * A run's progress: 100 once completed; else its steps' reads against their expectations together
   * (the steps that said none count as unknown and are left out).
   */
  public static Integer ofExecution(String status, List<StepView> steps) {
    if ("COMPLETED".equals(status)) {
      return 100;
    }
    long expected = 0;
    long read = 0;
    boolean known = false;
    for (StepView step : steps) {
      if (step.expected() != null) {
        known = true;
        expected += step.expected();
        read += "COMPLETED".equals(step.status()) ? step.expected() : step.read();
      }
    }
    return known ? percent(read, expected) : null;
  }

  /** {@code read} of {@code expected}, floored, within 0 to 100 (a reader may find more). */
  static int percent(long read, long expected) {
    if (expected <= 0) {
      return 0;
    }
    return (int) Math.max(0, Math.min(100, read * 100 / expected));
  }
}
