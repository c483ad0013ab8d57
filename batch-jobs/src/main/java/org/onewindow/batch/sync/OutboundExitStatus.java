package org.onewindow.batch.sync;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Puts an outbound step's counts in its exit status, and every step's of this execution in the
 * job's ({@code catalogue[RECORDS=… BATCHES=… REJECTED=…] case-basic[…]}).
 */
@Named("syncOutboundExitStatus")
@Dependent
public class OutboundExitStatus extends AbstractStepListener {

  @Inject JobContext job;

  @Inject StepContext step;

  @Override
  @SuppressWarnings("unchecked")
  public void afterStep() {
    if (!(step.getTransientUserData() instanceof OutboundTally tally)) {
      return;
    }
    step.setExitStatus(tally.summary());
    if (!(job.getTransientUserData() instanceof Map<?, ?>)) {
      job.setTransientUserData(new LinkedHashMap<String, String>());
    }
    Map<String, String> steps = (Map<String, String>) job.getTransientUserData();
    steps.put(step.getStepName(), tally.summary());
    StringJoiner status = new StringJoiner(" ");
    steps.forEach((name, summary) -> status.add(name + "[" + summary + "]"));
    job.setExitStatus(status.toString());
  }
}
