package org.onewindow.batch.inspection;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.logging.Logger;
import org.onewindow.inspection.service.DueSubject;
import org.onewindow.inspection.service.InspectionCall;
import org.onewindow.inspection.service.InspectionRecordView;
import org.onewindow.inspection.service.InspectionScheduleService;
import org.onewindow.inspection.service.InspectionService;

/**
 * Inspects every online interface and app page that is due (003 6.7.3 c): claim, call, keep, with
 * up to {@value #IN_FLIGHT} calls in flight on the outbound client's async side (an interface that
 * takes its whole timeout no longer holds up the rest; the records are kept in this thread, oldest
 * call first). The exit status counts them, e.g. {@code INSPECTED=4 FAILED=1 SKIPPED=0}.
 *
 * <p>A batchlet rather than a chunk: a chunk's reader, processor and writer share one transaction
 * per chunk, which would hold a database transaction (and the claimed rows' locks) open across
 * outbound calls of up to 10 s each, and its checkpoints buy nothing here — the schedule rows are
 * the job's memory. Each claim commits in its own transaction <em>before</em> the call (so another
 * node sees it at once), the call runs outside any transaction, and its result commits in a third
 * one. A stopped or crashed run simply leaves the rest due for the next run; a subject it had
 * claimed falls due again when its lease ends.
 */
@Named
@Dependent
public class InterfaceInspectionBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(InterfaceInspectionBatchlet.class.getName());

  /**
   * Calls in flight at once. With the 10 s default timeout, a batch of 200 interfaces that never
   * answer takes about a minute instead of half an hour; the upstreams see at most this many
   * inspection calls at a time from one node.
   */
  static final int IN_FLIGHT = 32;

  /** The node's name in the claim, for the operators' eyes. */
  private static final String NODE = System.getProperty("jboss.node.name", "node");

  @EJB private InspectionScheduleService schedules;

  @EJB private InspectionService inspector;

  @Inject private JobContext job;

  private volatile boolean stopped;

  @Override
  public String process() {
    schedules.enrol();
    Tally tally = new Tally();
    Deque<InspectionCall> inFlight = new ArrayDeque<>();
    for (DueSubject subject : schedules.due(InspectionScheduleService.BATCH)) {
      if (stopped) {
        break;
      }
      // Another node (or a run started beside this one) may have taken it since it was read.
      if (!schedules.claim(subject, NODE)) {
        tally.skipped++;
        continue;
      }
      Optional<InspectionCall> call = inspector.start(subject);
      if (call.isEmpty()) {
        tally.skipped++;
        continue;
      }
      inFlight.add(call.get());
      if (inFlight.size() >= IN_FLIGHT) {
        tally.add(inspector.finish(inFlight.poll()));
      }
    }
    // Claimed and called: kept even when the job is stopping (each waits at most its timeout).
    while (!inFlight.isEmpty()) {
      tally.add(inspector.finish(inFlight.poll()));
    }
    String exitStatus =
        "INSPECTED=" + tally.inspected + " FAILED=" + tally.failed + " SKIPPED=" + tally.skipped;
    job.setExitStatus(exitStatus);
    LOG.info("Interface inspection, execution " + job.getExecutionId() + ": " + exitStatus);
    return exitStatus;
  }

  @Override
  public void stop() {
    stopped = true;
  }

  /** What the run did, for its exit status. */
  private static final class Tally {
    int inspected;
    int failed;
    int skipped;

    void add(InspectionRecordView record) {
      inspected++;
      failed += "FAILED".equals(record.outcome()) ? 1 : 0;
    }
  }
}
