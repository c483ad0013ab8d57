package org.onewindow.batch.inspection;

import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Hands a finished partition's tally (left on its step context by the batchlet) to the analyzer.
 */
@Named
@Dependent
public class InspectionTallyCollector implements PartitionCollector {

  @Inject private StepContext step;

  @Override
  public Serializable collectPartitionData() {
    return step.getTransientUserData() instanceof InspectionTally tally ? tally : null;
  }
}
