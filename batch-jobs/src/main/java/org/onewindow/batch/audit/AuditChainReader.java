package org.onewindow.batch.audit;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.onewindow.ops.audit.AuditChainVerificationService;
import org.onewindow.ops.audit.AuditLink;
import org.onewindow.ops.batch.BatchProgressService;

/**
 * The chain's links in order, from the checkpoint (the last link read in a committed chunk) or, on
 * a first start, from where the verification stands. Reads ahead a page at a time in the chunk's
 * transaction; stops at the end of the chain (or at the job parameter {@code upTo}) or once the
 * writer found a break.
 */
@Named
@Dependent
public class AuditChainReader extends AbstractItemReader {

  /** Links fetched at once: one query per page, independent of the chunk size. */
  static final int PAGE = 500;

  @EJB private AuditChainVerificationService chain;

  @EJB private BatchProgressService progress;

  @Inject private StepContext step;

  @Inject private JobContext job;

  /** The last record to read; empty: to the end of the chain. */
  @Inject
  @BatchProperty(name = "upTo")
  private String upTo;

  private final Deque<AuditLink> page = new ArrayDeque<>();
  private long position;

  @Override
  public void open(Serializable checkpoint) {
    position = checkpoint == null ? chain.verifiedThrough() : (Long) checkpoint;
    // What this run will read: the console's progress bar (issue 19 item 5).
    long end = Math.min(last(), chain.chainHead());
    progress.expect(job.getExecutionId(), step.getStepName(), Math.max(0, end - position));
  }

  @Override
  public Object readItem() {
    if (AuditChainWriter.BREAK_FOUND.equals(step.getTransientUserData())) {
      return null;
    }
    if (page.isEmpty()) {
      page.addAll(chain.linksAfter(position, PAGE));
    }
    AuditLink next = page.poll();
    if (next == null || next.sequence() > last()) {
      return null;
    }
    position = next.sequence();
    return next;
  }

  private long last() {
    return upTo == null || upTo.isBlank() ? Long.MAX_VALUE : Long.parseLong(upTo.strip());
  }

  @Override
  public Serializable checkpointInfo() {
    return position;
  }
}
