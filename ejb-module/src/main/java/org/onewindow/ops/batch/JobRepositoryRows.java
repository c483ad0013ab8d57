package org.onewindow.ops.batch;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The one place that writes JBeret's job repository tables (batch.cli: the JDBC repository on the
 * platform's datasource): marking an execution of a lost node failed. Jakarta Batch has no
 * operation for that — {@code abandon} refuses a running execution and JBeret's {@code restart}
 * would mark it only as part of restarting it — and a job that must not be restarted still has to
 * stop showing STARTED. JBeret reads a row again once its {@code LASTUPDATEDTIME} moved, so no node
 * keeps serving the old status from its cache.
 */
final class JobRepositoryRows {

  private static final String STILL_RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

  private final EntityManager em;

  JobRepositoryRows(EntityManager em) {
    this.em = em;
  }

  /** Marks the execution and its unfinished steps and partitions FAILED; false if it had ended. */
  boolean markFailed(long executionId, String exitStatus, Instant now) {
    Timestamp at = Timestamp.from(now);
    int jobs =
        em.createNativeQuery(
                "update JOB_EXECUTION set BATCHSTATUS = 'FAILED', EXITSTATUS = ?1, ENDTIME = ?2,"
                    + " LASTUPDATEDTIME = ?2 where JOBEXECUTIONID = ?3 and BATCHSTATUS in "
                    + STILL_RUNNING)
            .setParameter(1, exitStatus)
            .setParameter(2, at)
            .setParameter(3, executionId)
            .executeUpdate();
    em.createNativeQuery(
            "update PARTITION_EXECUTION set BATCHSTATUS = 'FAILED', EXITSTATUS = ?1"
                + " where STEPEXECUTIONID in (select STEPEXECUTIONID from STEP_EXECUTION"
                + " where JOBEXECUTIONID = ?2) and BATCHSTATUS in "
                + STILL_RUNNING)
        .setParameter(1, exitStatus)
        .setParameter(2, executionId)
        .executeUpdate();
    em.createNativeQuery(
            "update STEP_EXECUTION set BATCHSTATUS = 'FAILED', EXITSTATUS = ?1, ENDTIME = ?2"
                + " where JOBEXECUTIONID = ?3 and BATCHSTATUS in "
                + STILL_RUNNING)
        .setParameter(1, exitStatus)
        .setParameter(2, at)
        .setParameter(3, executionId)
        .executeUpdate();
    return jobs == 1;
  }
}
