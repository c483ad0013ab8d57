package org.onewindow.inspection.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.ReviewStatus;
import org.onewindow.appcenter.domain.SubjectType;
import org.onewindow.inspection.domain.InspectionSchedule;
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
          assertEquals(List.of(ids[0]), schedules.unenrolled(SubjectType.INTERFACE));
          assertEquals(List.of(), schedules.unenrolled(SubjectType.APP));
          em.persist(InspectionSchedule.enrol(SubjectType.INTERFACE, ids[0], AppCenterRecords.AT));
          em.flush();
          assertEquals(List.of(), schedules.unenrolled(SubjectType.INTERFACE));
          assertTrue(schedules.ofSubject(SubjectType.INTERFACE, ids[0]).isPresent());
          assertTrue(schedules.ofSubject(SubjectType.INTERFACE, ids[1]).isEmpty());
          assertNull(schedules.firstOnline(SubjectType.INTERFACE, ids[0]), "no history kept here");
        });
  }

  @Test
  void aDueScheduleIsClaimedOnceAndThenNotDueUntilItsLeaseEnds() {
    long[] ids = twoInterfacesOneOnline();
    db.run(
        em -> {
          em.persist(InspectionSchedule.enrol(SubjectType.INTERFACE, ids[0], AppCenterRecords.AT));
          // a schedule of a subject that is not online is never due
          em.persist(InspectionSchedule.enrol(SubjectType.INTERFACE, ids[1], AppCenterRecords.AT));
        });
    db.run(
        em -> {
          var schedules = new InspectionScheduleRepository(em);
          List<InspectionScheduleRepository.Due> due =
              schedules.due(SubjectType.INTERFACE, NOW, 10);
          assertEquals(1, due.size());
          assertEquals(ids[0], due.get(0).subjectId());
          var first = due.get(0);
          Instant lease = NOW.plus(InspectionSchedule.LEASE);
          assertTrue(schedules.claim(first.scheduleId(), first.version(), "node-a", NOW, lease));
          assertFalse(
              schedules.claim(first.scheduleId(), first.version(), "node-b", NOW, lease),
              "the version read is gone: a second node's claim matches nothing");
          assertEquals(List.of(), schedules.due(SubjectType.INTERFACE, NOW, 10));
          assertEquals(1, schedules.due(SubjectType.INTERFACE, lease, 10).size());
        });
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
