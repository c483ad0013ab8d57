package org.onewindow.batch.inspection;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import java.util.logging.Logger;
import org.onewindow.inspection.service.InspectionScheduleService;

/**
 * Splits the inspection into partitions by subject id modulo their count (job parameter {@code
 * partitions}, 1 … 8, default {@value #DEFAULT_PARTITIONS}), each on a thread of its own, after
 * enrolling the subjects that came online since the last run (once, here, not per partition).
 *
 * <p>Every partition claims from the same schedule table; the modulo only keeps them from
 * contending for the same rows. Two runs (or two nodes) use the same split, and the claim decides
 * (ADR 0009).
 */
@Named
@Dependent
public class InspectionPartitionMapper implements PartitionMapper {

  /**
   * Two cores: more partitions than this mostly wait on one another for the CPU and the database.
   */
  static final int DEFAULT_PARTITIONS = 4;

  private static final Logger LOG = Logger.getLogger(InspectionPartitionMapper.class.getName());

  @EJB private InspectionScheduleService schedules;

  @Inject
  @BatchProperty(name = "partitions")
  private String partitions;

  @Override
  public PartitionPlan mapPartitions() {
    long start = System.nanoTime();
    int enrolled = schedules.enrol();
    LOG.info(
        () ->
            "Interface inspection: enrolled "
                + enrolled
                + " subjects in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
    int count = count(partitions);
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(count);
    plan.setThreads(count);
    Properties[] properties = new Properties[count];
    for (int i = 0; i < count; i++) {
      properties[i] = new Properties();
      properties[i].setProperty("partition", Integer.toString(i));
      properties[i].setProperty("partitions", Integer.toString(count));
    }
    plan.setPartitionProperties(properties);
    return plan;
  }

  /** The count asked for (already checked by {@code BatchJob}), else the default. */
  static int count(String given) {
    if (given == null || given.isBlank()) {
      return DEFAULT_PARTITIONS;
    }
    try {
      return Math.max(1, Math.min(8, Integer.parseInt(given.strip())));
    } catch (NumberFormatException e) {
      return DEFAULT_PARTITIONS;
    }
  }
}
