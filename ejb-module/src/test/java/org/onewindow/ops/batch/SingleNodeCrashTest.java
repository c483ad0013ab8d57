package org.onewindow.ops.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.ops.cluster.ClusterNode;
import org.onewindow.testing.InMemoryDatabase;

/**
 * A single node that crashed and came back (issue 19 item 5): no survivor ever judged it, so at its
 * first recovery tick it must find what it left STARTED itself — the runs its earlier life leased,
 * and the runs it never got to lease — and mark them FAILED through the one recovery path (which
 * then restarts those whose job allows it). A run started a moment ago and not leased yet is left
 * alone.
 */
class SingleNodeCrashTest {

  private static final Instant T = Instant.parse("2026-12-07T02:00:00Z");

  private final InMemoryDatabase db = new InMemoryDatabase();

  private final BatchLeaseService leases = new BatchLeaseService();

  @BeforeEach
  void jobRepository() {
    db.run(
        em -> {
          // The few columns of JBeret's tables the leases read and write.
          em.createNativeQuery(
                  "create table if not exists JOB_INSTANCE (JOBINSTANCEID bigint primary key,"
                      + " JOBNAME varchar(512))")
              .executeUpdate();
          em.createNativeQuery(
                  "create table if not exists JOB_EXECUTION (JOBEXECUTIONID bigint primary key,"
                      + " JOBINSTANCEID bigint, CREATETIME timestamp, ENDTIME timestamp,"
                      + " LASTUPDATEDTIME timestamp, BATCHSTATUS varchar(30),"
                      + " EXITSTATUS varchar(512))")
              .executeUpdate();
          em.createNativeQuery(
                  "create table if not exists STEP_EXECUTION (STEPEXECUTIONID bigint primary key,"
                      + " JOBEXECUTIONID bigint, ENDTIME timestamp, BATCHSTATUS varchar(30),"
                      + " EXITSTATUS varchar(512))")
              .executeUpdate();
          em.createNativeQuery(
                  "create table if not exists PARTITION_EXECUTION (PARTITIONEXECUTIONID bigint"
                      + " primary key, STEPEXECUTIONID bigint, BATCHSTATUS varchar(30),"
                      + " EXITSTATUS varchar(512))")
              .executeUpdate();
          for (String table : List.of("JOB_EXECUTION", "JOB_INSTANCE", "STEP_EXECUTION")) {
            em.createNativeQuery("delete from " + table).executeUpdate();
          }
        });
    leases.clock = Clock.fixed(T, ZoneOffset.UTC);
  }

  @AfterEach
  void close() {
    // The unit database is shared by the JVM's tests: leave it with the entities' tables only.
    db.run(
        em -> {
          for (String table :
              List.of("PARTITION_EXECUTION", "STEP_EXECUTION", "JOB_EXECUTION", "JOB_INSTANCE")) {
            em.createNativeQuery("drop table if exists " + table).executeUpdate();
          }
        });
    db.close();
  }

  @Test
  void theRunsItsEarlierLifeLeftStartedAreMarkedFailedAtItsFirstTick() {
    db.run(
        em -> {
          started(em, 1, "audit-chain-verification", T.minus(Duration.ofMinutes(5)));
          em.persist(
              BatchLease.taken(
                  1,
                  "audit-chain-verification",
                  ClusterNode.name(),
                  "its-earlier-life",
                  T.minusSeconds(20)));
          // crashed between creating the run and leasing it, an hour ago
          started(em, 2, "access-unit-census", T.minus(Duration.ofHours(1)));
          // started a moment ago by this very life, its lease not taken yet
          started(em, 3, "interface-inspection", T.minusSeconds(2));
        });

    // The recovery tick's steps, each in a transaction of its own (NodeLossRecovery).
    db.run(
        em -> {
          inject(em);
          // Not yet reaching the database for 30 s: others are not judged, its own past is.
          assertEquals(List.of(1L), leases.orphanTheLost(Duration.ZERO));
        });
    List<BatchLeaseView> unleased =
        db.inTransaction(
            em -> {
              inject(em);
              return leases.unleasedRunning(Duration.ofMinutes(30));
            });
    assertEquals(List.of(2L), unleased.stream().map(BatchLeaseView::executionId).toList());
    for (BatchLeaseView run : unleased) {
      db.run(
          em -> {
            inject(em);
            leases.adopt(run.executionId(), run.jobName());
          });
    }
    List<BatchLeaseView> claimed =
        db.inTransaction(
            em -> {
              inject(em);
              return leases.claimRecoveries();
            });

    assertEquals(
        List.of("audit-chain-verification", "access-unit-census"),
        claimed.stream().map(BatchLeaseView::jobName).toList(),
        "handed to the recovery, which restarts the jobs that allow it");
    assertEquals("FAILED", status(1));
    assertEquals("FAILED", status(2));
    assertEquals("STARTED", status(3));
    db.run(
        em -> {
          inject(em);
          // The one-at-a-time rule sees the recovered runs no more, and the fresh one still.
          assertTrue(leases.unfinished("audit-chain-verification"));
          leases.recovered(1, null);
          assertFalse(leases.unfinished("audit-chain-verification"));
        });
  }

  private static void started(EntityManager em, long id, String job, Instant created) {
    em.createNativeQuery("insert into JOB_INSTANCE (JOBINSTANCEID, JOBNAME) values (?1, ?2)")
        .setParameter(1, id)
        .setParameter(2, job)
        .executeUpdate();
    em.createNativeQuery(
            "insert into JOB_EXECUTION (JOBEXECUTIONID, JOBINSTANCEID, CREATETIME, BATCHSTATUS)"
                + " values (?1, ?1, ?2, 'STARTED')")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(created))
        .executeUpdate();
  }

  private String status(long id) {
    return db.inTransaction(
        em ->
            (String)
                em.createNativeQuery(
                        "select BATCHSTATUS from JOB_EXECUTION where JOBEXECUTIONID = ?1")
                    .setParameter(1, id)
                    .getSingleResult());
  }

  private void inject(EntityManager em) {
    try {
      Field field = BatchLeaseService.class.getDeclaredField("em");
      field.setAccessible(true);
      field.set(leases, em);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
