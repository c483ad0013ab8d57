package org.onewindow.inspection.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.AppCenterKinds;
import org.onewindow.inspection.domain.InspectionSchedule;
import org.onewindow.review.ReviewStatus;
import org.onewindow.testing.AppCenterRecords;
import org.onewindow.testing.InMemoryDatabase;

/**
 * Schedules as the inspection job reads and claims them (003 6.7.3): only online subjects, and a
 * due schedule taken by exactly one claim.
 */
class InspectionScheduleRepositoryTest {

  private static final Instant NOW = AppCenterRecords.AT.plus(Duration.ofDays(1));

  private final InMemoryDatabase db = new InMemoryDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void onlyOnlineSubjectsWithoutAScheduleAreUnenrolled() {
    long[] ids = twoInterfacesOneOnline();
    db.run(
        em -> {
          var schedules = new InspectionScheduleRepository(em);
          assertEquals(
              List.of(ids[0]),
              schedules.unenrolled(AppCenterKinds.INTERFACE, "RegisteredInterface"));
          assertEquals(List.of(), schedules.unenrolled(AppCenterKinds.APP, "ServiceApp"));
          em.persist(
              InspectionSchedule.enrol(AppCenterKinds.INTERFACE, ids[0], AppCenterRecords.AT));
          em.flush();
          assertEquals(
              List.of(), schedules.unenrolled(AppCenterKinds.INTERFACE, "RegisteredInterface"));
          assertTrue(schedules.ofSubject(AppCenterKinds.INTERFACE, ids[0]).isPresent());
          assertTrue(schedules.ofSubject(AppCenterKinds.INTERFACE, ids[1]).isEmpty());
        });
  }

  @Test
  void aDueScheduleIsClaimedOnceAndThenNotDueUntilItsLeaseEnds() {
    long[] ids = twoInterfacesOneOnline();
    db.run(
        em -> {
          em.persist(
              InspectionSchedule.enrol(AppCenterKinds.INTERFACE, ids[0], AppCenterRecords.AT));
          // a schedule of a subject that is not online is never due
          em.persist(
              InspectionSchedule.enrol(AppCenterKinds.INTERFACE, ids[1], AppCenterRecords.AT));
        });
    db.run(
        em -> {
          var schedules = new InspectionScheduleRepository(em);
          List<InspectionScheduleRepository.Due> due =
              schedules.due(AppCenterKinds.INTERFACE, "RegisteredInterface", NOW, 10);
          assertEquals(1, due.size());
          assertEquals(ids[0], due.get(0).subjectId());
          var first = due.get(0);
          Instant lease = NOW.plus(InspectionSchedule.LEASE);
          assertTrue(schedules.claim(first.scheduleId(), first.version(), "node-a", NOW, lease));
          assertFalse(
              schedules.claim(first.scheduleId(), first.version(), "node-b", NOW, lease),
              "the version read is gone: a second node's claim matches nothing");
          assertEquals(
              List.of(), schedules.due(AppCenterKinds.INTERFACE, "RegisteredInterface", NOW, 10));
          assertEquals(
              1, schedules.due(AppCenterKinds.INTERFACE, "RegisteredInterface", lease, 10).size());
        });
  }

  @Test
  void aPartitionSeesOnlyItsSubjectsAndLocksOnlyRowsNoOneElseHolds() {
    long[] ids = twoInterfacesOneOnline();
    long online = ids[0];
    db.run(
        em ->
            em.persist(
                InspectionSchedule.enrol(AppCenterKinds.INTERFACE, online, AppCenterRecords.AT)));
    db.run(
        em -> {
          var schedules = new InspectionScheduleRepository(em);
          int mine = (int) (online % 3);
          var due =
              schedules.dueIn(AppCenterKinds.INTERFACE, "RegisteredInterface", NOW, mine, 3, 200);
          assertEquals(List.of(online), due.stream().map(d -> d.subjectId()).toList());
          assertEquals(
              List.of(),
              schedules.dueIn(
                  AppCenterKinds.INTERFACE, "RegisteredInterface", NOW, (mine + 1) % 3, 3, 200));
          long id = due.get(0).scheduleId();
          assertEquals(List.of(id), schedules.lockFree(List.of(id)));
          assertEquals(List.of(), schedules.lockFree(List.of()));
          assertEquals(id, schedules.byIds(List.of(id)).get(id).getId());
        });
  }

  @Test
  void enrolmentsAreInsertedInOneStatementAsPersistWouldAndNotTwice() {
    long[] ids = twoInterfacesOneOnline();
    Instant later = AppCenterRecords.AT.plusSeconds(60);
    db.run(
        em ->
            assertEquals(
                2,
                new InspectionScheduleRepository(em)
                    .insertAll(
                        List.of(
                            InspectionSchedule.enrol(
                                AppCenterKinds.INTERFACE, ids[0], AppCenterRecords.AT),
                            InspectionSchedule.enrol(AppCenterKinds.APP, ids[0], later)))));
    db.run(
        em -> {
          var schedules = new InspectionScheduleRepository(em);
          InspectionSchedule inserted =
              schedules.ofSubject(AppCenterKinds.INTERFACE, ids[0]).orElseThrow();
          assertEquals(AppCenterRecords.AT, inserted.getFirstOnlineAt());
          assertEquals(AppCenterRecords.AT, inserted.getNextDueAt(), "due at once");
          assertEquals(0, inserted.getVersion());
          assertEquals(null, inserted.getLastInspectedAt());
          assertEquals(null, inserted.getClaimedBy());
          assertEquals(
              InspectionSchedule.DEFAULT_SLOW_THRESHOLD_MILLIS, inserted.slowThresholdMillis());
          assertEquals(
              later, schedules.ofSubject(AppCenterKinds.APP, ids[0]).orElseThrow().getNextDueAt());
          assertEquals(
              List.of(), schedules.unenrolled(AppCenterKinds.INTERFACE, "RegisteredInterface"));
          assertEquals(0, schedules.insertAll(List.of()));
        });
    // another node enrolling one of the same subjects: the whole statement fails on the subject's
    // unique key, and nothing of it is kept (the service then enrols that batch one by one)
    assertThrows(
        PersistenceException.class,
        () ->
            db.run(
                em ->
                    new InspectionScheduleRepository(em)
                        .insertAll(
                            List.of(
                                InspectionSchedule.enrol(
                                    AppCenterKinds.INTERFACE, ids[1], AppCenterRecords.AT),
                                InspectionSchedule.enrol(
                                    AppCenterKinds.INTERFACE, ids[0], AppCenterRecords.AT)))));
    db.run(
        em ->
            assertTrue(
                new InspectionScheduleRepository(em)
                    .ofSubject(AppCenterKinds.INTERFACE, ids[1])
                    .isEmpty()));
  }

  /** An online interface and a submitted one, both of one unit. */
  private long[] twoInterfacesOneOnline() {
    return db.inTransaction(
        em -> {
          AppCenterRecords records = new AppCenterRecords(em);
          AccessUnit unit = records.unit("北京市政务服务管理局");
          return new long[] {
            records.registeredInterface(unit, "线路查询", ReviewStatus.ONLINE).getId(),
            records.registeredInterface(unit, "站点查询", ReviewStatus.SUBMITTED).getId()
          };
        });
  }
}
