package org.onewindow.batch.lease;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.onewindow.ops.batch.BatchLeaseService;

/**
 * Renews the execution's lease after each chunk's writer, inside the chunk's transaction, before
 * its checkpoint commits: the renewal, the items written and the checkpoint commit together or not
 * at all. A node that lost the lease (a survivor recovered the execution while it was paused or cut
 * off) fails here and rolls its chunk back, so the items the restarted execution writes again are
 * never written twice (the fence).
 */
@Named
@Dependent
public class ChunkLeaseFence extends AbstractChunkListener {

  @EJB private BatchLeaseService leases;

  @Inject private JobContext job;

  @Override
  public void afterChunk() {
    leases.renewInChunk(job.getExecutionId());
  }
}
