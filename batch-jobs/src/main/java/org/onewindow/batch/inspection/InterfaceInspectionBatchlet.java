package org.onewindow.batch.inspection;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;
import org.onewindow.inspection.service.DueSubject;
import org.onewindow.inspection.service.InspectionCall;
import org.onewindow.inspection.service.InspectionRecordView;
import org.onewindow.inspection.service.InspectionScheduleService;
import org.onewindow.inspection.service.InspectionService;

/**
 * Inspects the due online interfaces and app pages of one partition (003 6.7.3 c; subject id modulo
 * the partition count, {@link InspectionPartitionMapper}), batch after batch until none is left:
 * claim up to {@value InspectionScheduleService#BATCH} in one transaction, read their targets in
 * one, start every call on the outbound client's async side, and keep the answers in one — while
 * the next batch is already claimed and its calls in flight (two batches at most). The partition's
 * tally goes to the analyzer through the step context, e.g. {@code INSPECTED=4 FAILED=1 SLOW=0
 * SKIPPED=0}.
 *
 * <p>A batchlet rather than a chunk: a chunk's reader, processor and writer share one transaction
 * per chunk, which would hold a database transaction (and the claimed rows' locks) open across
 * outbound calls of up to 10 s each, and its checkpoints buy nothing here — the schedule rows are
 * the job's memory. Each batch's claims commit in their own transaction <em>before</em> any call
 * (so another node sees them at once), the calls run outside any transaction, and their results
 * commit in a third one. A stopped or crashed run simply leaves the rest due for the next run; the
 * subjects it had claimed fall due again when their lease ends.
 */
@Named
@Dependent
public class InterfaceInspectionBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(InterfaceInspectionBatchlet.class.getName());

  /** The node's name in the claim, for the operators' eyes. */
  private static final String NODE = System.getProperty("jboss.node.name", "node");

  @EJB private InspectionScheduleService schedules;

  @EJB private InspectionService inspector;

  @Inject private JobContext job;

  @Inject private StepContext step;

  @Inject
  @BatchProperty(name = "partition")
  private String partition;

  @Inject
  @BatchProperty(name = "partitions")
  private String partitions;

  private volatile boolean stopped;

  @Override
  public String process() {
    int count = Math.max(1, number(partitions, 1));
    int mine = Math.floorMod(number(partition, 0), count);
    InspectionTally tally = new InspectionTally();
    List<InspectionCall> inFlight = List.of();
    while (true) {
      List<DueSubject> claimed =
          stopped
              ? List.of()
              : schedules.claimBatch(mine, count, NODE, InspectionScheduleService.BATCH);
      List<InspectionCall> started = claimed.isEmpty() ? List.of() : inspector.startAll(claimed);
      tally.skipped += claimed.size() - started.size();
      // Claimed and called: kept even when the job is stopping (each waits at most its timeout).
      keep(inFlight, tally);
      inFlight = started;
      if (claimed.isEmpty()) {
        break;
      }
    }
    step.setTransientUserData(tally);
    LOG.info(
        "Interface inspection, execution "
            + job.getExecutionId()
            + ", partition "
            + mine
            + "/"
            + count
            + ": "
            + tally);
    return tally.toString();
  }

  private void keep(List<InspectionCall> calls, InspectionTally tally) {
    List<InspectionRecordView> kept = inspector.finishAll(calls);
    kept.forEach(tally::add);
    // Left out: kept neither in the batch nor alone (their subjects fall due after the lease).
    tally.skipped += calls.size() - kept.size();
  }

  @Override
  public void stop() {
    stopped = true;
  }

  private static int number(String value, int fallback) {
    try {
      return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
