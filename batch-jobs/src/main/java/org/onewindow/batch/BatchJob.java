package org.onewindow.batch;

import java.util.Arrays;
import java.util.Optional;

/**
 * The jobs an administrator may start. Anything else is refused: deny by default, so a crafted
 * request cannot start a job XML that happens to be on the class path.
 */
public enum BatchJob {
  ACCESS_UNIT_CENSUS("access-unit-census"),
  /** Interface and UI inspection with automatic alarms (000 8.2.3 c; 003 6.7.3). */
  INTERFACE_INSPECTION("interface-inspection");

  private final String jobName;

  BatchJob(String jobName) {
    this.jobName = jobName;
  }

  /** The job id of the job XML. */
  public String jobName() {
    return jobName;
  }

  public static Optional<BatchJob> byJobName(String jobName) {
    return Arrays.stream(values()).filter(job -> job.jobName.equals(jobName)).findFirst();
  }
}
