package org.onewindow.batch.inspection;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.logging.Logger;
import org.onewindow.inspection.service.DueSubject;
import org.onewindow.inspection.service.InspectionRecordView;
import org.onewindow.inspection.service.InspectionScheduleService;
import org.onewindow.inspection.service.InspectionService;

/**
 * Inspects every online interface and app page that is due (003 6.7.3 c), one at a time: claim,
 * call, keep. The exit status counts them, e.g. {@code INSPECTED=4 FAILED=1 SKIPPED=0}.
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

  /** The node's name in the claim, for the operators' eyes. */
  private static final String NODE = System.getProperty("jboss.node.name", "node");

  @EJB private InspectionScheduleService schedules;

  @EJB private InspectionService inspector;

  @Inject private JobContext job;

  private volatile boolean stopped;

  @Override
  public String process() {
    schedules.enrol();
    int inspected = 0;
    int failed = 0;
    int skipped = 0;
    for (DueSubject subject : schedules.due(InspectionScheduleService.BATCH)) {
      if (stopped) {
        break;
      }
      // Another node (or a run started beside this one) may have taken it since it was read.
      if (!schedules.claim(subject, NODE)) {
        skipped++;
        continue;
      }
      Optional<InspectionRecordView> record = inspector.inspect(subject);
      if (record.isEmpty()) {
        skipped++;
      } else {
        inspected++;
        failed += "FAILED".equals(record.get().outcome()) ? 1 : 0;
      }
    }
    String exitStatus = "INSPECTED=" + inspected + " FAILED=" + failed + " SKIPPED=" + skipped;
    job.setExitStatus(exitStatus);
    LOG.info("Interface inspection, execution " + job.getExecutionId() + ": " + exitStatus);
    return exitStatus;
  }

  @Override
  public void stop() {
    stopped = true;
  }
}
