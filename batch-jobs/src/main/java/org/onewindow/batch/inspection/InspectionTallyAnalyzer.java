package org.onewindow.batch.inspection;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.logging.Logger;

/**
 * Sums the partitions' tallies into the job's exit status ({@code INSPECTED=… FAILED=… SLOW=…
 * SKIPPED=…}), on the step's own thread as each partition reports.
 */
@Named
@Dependent
public class InspectionTallyAnalyzer extends AbstractPartitionAnalyzer {

  private static final Logger LOG = Logger.getLogger(InspectionTallyAnalyzer.class.getName());

  @Inject private JobContext job;

  private final InspectionTally total = new InspectionTally();

  @Override
  public void analyzeCollectorData(Serializable data) {
    if (data instanceof InspectionTally tally) {
      total.add(tally);
      job.setExitStatus(total.toString());
      LOG.fine(() -> "Interface inspection, execution " + job.getExecutionId() + ": " + total);
    }
  }
}
