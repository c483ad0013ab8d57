package org.onewindow.batch.census;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.onewindow.appcenter.service.AccessUnitService;

/** Counts access units and leaves the figure in the job's exit status, e.g. {@code UNITS=3}. */
@Named
@Dependent
public class AccessUnitCensusBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(AccessUnitCensusBatchlet.class.getName());

  @EJB private AccessUnitService accessUnits;

  @Inject private JobContext job;

  @Override
  public String process() {
    long units = accessUnits.count();
    String exitStatus = "UNITS=" + units;
    job.setExitStatus(exitStatus);
    LOG.info("Access-unit census, execution " + job.getExecutionId() + ": " + exitStatus);
    return exitStatus;
  }
}
