package org.onewindow.batch.sync;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Puts an inbound step's exact counts in its exit status and the job's ({@code READ=… WRITTEN=…
 * STALE=… REJECTED=…}), also when no chunk reached the writer (every record malformed, no files). A
 * step that read nothing leaves the job's exit status to the step that did.
 */
@Named("syncInboundExitStatus")
@Dependent
public class InboundExitStatus extends AbstractStepListener {

  @Inject JobContext job;

  @Inject StepContext step;

  @Override
  public void afterStep() {
    if (step.getTransientUserData() instanceof InboundTally tally) {
      step.setExitStatus(tally.summary());
      if (tally.read > 0
          || tally.files > 0
          || tally.refusedFiles > 0
          || job.getExitStatus() == null) {
        job.setExitStatus(tally.summary());
      }
    }
  }
}
