package org.onewindow.batch.lease;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.onewindow.ops.batch.BatchLeaseService;

/**
 * Takes the execution's lease for this node before the job's first step, and ends it after the
 * last: from then on, whatever state the execution ended in is the job repository's to tell.
 */
@Named
@Dependent
public class ExecutionLeaseListener extends AbstractJobListener {

  private static final Logger LOG = Logger.getLogger(ExecutionLeaseListener.class.getName());

  @EJB private BatchLeaseService leases;

  @Inject private JobContext job;

  @Override
  public void beforeJob() {
    leases.take(job.getExecutionId(), job.getJobName());
  }

  @Override
  public void afterJob() {
    if (!leases.end(job.getExecutionId())) {
      // Cut off or paused long enough for a survivor to take it: the survivor's account stands.
      LOG.warning(
          () ->
              "Batch execution "
                  + job.getExecutionId()
                  + " ("
                  + job.getJobName()
                  + ") ended here after a survivor had taken it over");
    }
  }
}
