package org.onewindow.batch.sync;

import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.onewindow.ops.batch.BatchRejectionService;

/**
 * Keeps each record the inbound readers skipped ({@link MalformedRecordException}, the job XML's
 * skippable exception) as a rejection with its reason, in the chunk's transaction: a chunk rolled
 * back and redone keeps it once.
 */
@Named("syncRejectionKeeper")
@Dependent
public class RejectionKeeper implements SkipReadListener {

  @EJB BatchRejectionService rejections;

  @Inject JobContext job;

  @Inject StepContext step;

  @Override
  public void onSkipReadItem(Exception e) {
    if (e instanceof MalformedRecordException malformed) {
      Rejections.keep(
          rejections, job, step, malformed.source(), malformed.reason(), malformed.excerpt());
    }
  }
}
