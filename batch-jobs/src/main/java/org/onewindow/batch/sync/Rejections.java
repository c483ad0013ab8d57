package org.onewindow.batch.sync;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import org.onewindow.common.Message;
import org.onewindow.ops.batch.BatchRejectionService;

/** Keeps a rejection of the running step, in the chunk's transaction. */
final class Rejections {

  private Rejections() {}

  static void keep(
      BatchRejectionService rejections,
      JobContext job,
      StepContext step,
      String source,
      Message reason,
      String excerpt) {
    rejections.keep(
        job.getExecutionId(), job.getJobName(), step.getStepName(), source, reason, excerpt);
  }
}
