package org.onewindow.appcenter.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.review.ReviewStatus;
import org.onewindow.testing.AppCenterRecords;
import org.onewindow.testing.InMemoryDatabase;

/** The interface queries, on the real entities and JPQL (an in-memory database, no server). */
class RegisteredInterfaceRepositoryTest {

  private final InMemoryDatabase db = new InMemoryDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theListFiltersByStateAndOwningUnitByName() {
    long[] ids =
        db.inTransaction(
            em -> {
              AppCenterRecords records = new AppCenterRecords(em);
              AccessUnit beijing = records.unit("北京市政务服务管理局");
              AccessUnit zhejiang = records.unit("浙江省大数据发展管理局");
              return new long[] {
                records.registeredInterface(beijing, "线路查询", ReviewStatus.ONLINE).getId(),
                records.registeredInterface(beijing, "站点查询", ReviewStatus.DRAFT).getId(),
                records.registeredInterface(zhejiang, "社保查询", ReviewStatus.ONLINE).getId()
              };
            });
    db.run(
        em -> {
          var repository = new RegisteredInterfaceRepository(em);
          assertEquals(3, repository.list(null, null).size());
          assertEquals(List.of(ids[0]), ids(repository.list(ReviewStatus.ONLINE, "北京市政务服务管理局")));
          assertEquals(
              List.of(ids[2], ids[0]).stream().sorted().toList(),
              ids(repository.list(ReviewStatus.ONLINE, null)).stream().sorted().toList());
          assertEquals(List.of(), repository.list(null, "无此单位"));
        });
  }

  @Test
  void inStatusAndByIdsReturnOnlyWhatMatchesInIdOrder() {
    long[] ids =
        db.inTransaction(
            em -> {
              AppCenterRecords records = new AppCenterRecords(em);
              AccessUnit unit = records.unit("北京市政务服务管理局");
              return new long[] {
                records.registeredInterface(unit, "甲", ReviewStatus.APPROVED).getId(),
                records.registeredInterface(unit, "乙", ReviewStatus.SUBMITTED).getId(),
                records.registeredInterface(unit, "丙", ReviewStatus.ONLINE).getId()
              };
            });
    db.run(
        em -> {
          var repository = new RegisteredInterfaceRepository(em);
          assertEquals(
              List.of(ids[0], ids[2]),
              ids(repository.inStatus(List.of(ReviewStatus.APPROVED, ReviewStatus.ONLINE))));
          assertEquals(
              List.of(ids[1], ids[2]), ids(repository.byIds(List.of(ids[2], ids[1], 999L))));
          assertEquals(List.of(), repository.byIds(List.of()));
          assertEquals(Map.of(ids[0], "甲"), repository.namesOf(List.of(ids[0], 999L)));
        });
  }

  @Test
  void aNameIsTakenWithinTheUnitExceptForTheInterfaceBeingRenamed() {
    long[] ids =
        db.inTransaction(
            em -> {
              AppCenterRecords records = new AppCenterRecords(em);
              AccessUnit beijing = records.unit("北京市政务服务管理局");
              AccessUnit zhejiang = records.unit("浙江省大数据发展管理局");
              return new long[] {
                beijing.getId(),
                zhejiang.getId(),
                records.registeredInterface(beijing, "线路查询", ReviewStatus.DRAFT).getId()
              };
            });
    db.run(
        em -> {
          var repository = new RegisteredInterfaceRepository(em);
          assertTrue(repository.nameTaken(ids[0], "线路查询", null));
          assertFalse(repository.nameTaken(ids[0], "线路查询", ids[2]), "its own name");
          assertFalse(repository.nameTaken(ids[1], "线路查询", null), "another unit's");
        });
  }

  @Test
  void everyStateIsCountedZeroIncluded() {
    db.run(
        em -> {
          AppCenterRecords records = new AppCenterRecords(em);
          AccessUnit unit = records.unit("北京市政务服务管理局");
          records.registeredInterface(unit, "甲", ReviewStatus.ONLINE);
          records.registeredInterface(unit, "乙", ReviewStatus.ONLINE);
          records.registeredInterface(unit, "丙", ReviewStatus.SUBMITTED);
        });
    db.run(
        em -> {
          Map<ReviewStatus, Long> counts = new RegisteredInterfaceRepository(em).countByStatus();
          assertEquals(ReviewStatus.values().length, counts.size());
          assertEquals(2L, counts.get(ReviewStatus.ONLINE));
          assertEquals(1L, counts.get(ReviewStatus.SUBMITTED));
          assertEquals(0L, counts.get(ReviewStatus.DRAFT));
          assertEquals(3L, new RegisteredInterfaceRepository(em).count());
        });
  }

  private static List<Long> ids(List<RegisteredInterface> interfaces) {
    return interfaces.stream().map(RegisteredInterface::getId).toList();
  }
}
