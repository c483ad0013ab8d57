package org.onewindow.appcenter.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.onewindow.review.ReviewStatus;
import org.onewindow.testing.AppCenterRecords;
import org.onewindow.testing.InMemoryDatabase;

/**
 * The console's tables one page at a time (issue 18 item 5): the interface list and the app
 * catalogue paged, sorted by a whitelisted field, filtered by a search text and by the owning unit
 * (the caller's scope), with the count of every row the filters admit.
 */
class PagedListsTest {

  private static final String BEIJING = "北京市政务服务管理局";
  private static final String ZHEJIANG = "浙江省大数据发展管理局";

  private final InMemoryDatabase db = new InMemoryDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void interfacesComeAPageAtATimeSortedAndFilteredWithTheirCount() {
    db.inTransaction(
        em -> {
          AppCenterRecords records = new AppCenterRecords(em);
          AccessUnit beijing = records.unit(BEIJING);
          AccessUnit zhejiang = records.unit(ZHEJIANG);
          for (String name : List.of("丁-线路查询", "甲-站点查询", "丙-换乘查询", "乙-票价查询")) {
            records.registeredInterface(beijing, name, ReviewStatus.DRAFT);
          }
          records.registeredInterface(zhejiang, "戊-社保查询", ReviewStatus.ONLINE);
          return null;
        });
    db.run(
        em -> {
          var repository = new RegisteredInterfaceRepository(em);
          PageRequest byName = new PageRequest(0, 2, "name", true);
          ResultPage<RegisteredInterface> first = repository.page(null, null, BEIJING, byName);
          assertEquals(4, first.total(), "only the unit's own are counted");
          assertEquals(List.of("丁-线路查询", "丙-换乘查询"), names(first.rows()));
          ResultPage<RegisteredInterface> second =
              repository.page(null, null, BEIJING, new PageRequest(2, 2, "name", true));
          assertEquals(List.of("乙-票价查询", "甲-站点查询"), names(second.rows()));
          assertEquals(
              List.of("甲-站点查询", "乙-票价查询"),
              names(repository.page(null, null, BEIJING, byName.sortedBy("name", false)).rows()));

          ResultPage<RegisteredInterface> found =
              repository.page(null, "查询", null, PageRequest.first(10));
          assertEquals(5, found.total());
          assertEquals(
              List.of("戊-社保查询"),
              names(repository.page(null, "社保", null, PageRequest.first(10)).rows()));
          assertEquals(0, repository.page(null, "社保", BEIJING, PageRequest.first(10)).total());
          assertEquals(1, repository.count(ReviewStatus.ONLINE, null, null));
          assertEquals(0, repository.count(null, "%", null), "a % is searched for literally");
          assertEquals(
              0, repository.page(null, null, "", PageRequest.first(10)).total(), "no unit: none");
          assertThrows(
              InvalidInputException.class,
              () ->
                  repository.page(
                      null, null, null, PageRequest.first(10).sortedBy("address", true)));
        });
  }

  @Test
  void appsComeAPageAtATimeSortedAndFilteredWithTheirCount() {
    db.inTransaction(
        em -> {
          AppCenterRecords records = new AppCenterRecords(em);
          AccessUnit beijing = records.unit(BEIJING);
          AccessUnit zhejiang = records.unit(ZHEJIANG);
          records.app(beijing, "公积金查询");
          records.app(beijing, "出行服务", ReviewStatus.ONLINE);
          records.app(beijing, "办事指南");
          records.app(zhejiang, "社保查询", ReviewStatus.ONLINE);
          return null;
        });
    db.run(
        em -> {
          var repository = new ServiceAppRepository(em);
          ResultPage<ServiceApp> page =
              repository.page(
                  BEIJING, null, null, null, null, null, new PageRequest(1, 1, "name", true));
          assertEquals(3, page.total());
          // 公 < 出 < 办 by code point: the second by name is 出行服务.
          assertEquals(List.of("出行服务"), page.rows().stream().map(ServiceApp::getName).toList());
          assertEquals(
              2,
              repository.count(null, null, null, null, ReviewStatus.ONLINE, null),
              "both units' online apps for the platform");
          assertEquals(1, repository.count(BEIJING, null, null, null, ReviewStatus.ONLINE, null));
          assertEquals(1, repository.count(null, null, null, null, null, "社保"));
          assertEquals(0, repository.count(ZHEJIANG, null, null, null, null, "公积金"));
          // 浙 sorts after 北: descending by unit, Zhejiang's app comes first.
          assertEquals(
              "社保查询",
              repository
                  .page(
                      null,
                      " ",
                      null,
                      null,
                      null,
                      null,
                      PageRequest.first(10).sortedBy("unitName", false))
                  .rows()
                  .get(0)
                  .getName());
        });
  }

  private static List<String> names(List<RegisteredInterface> interfaces) {
    return interfaces.stream().map(i -> i.definition().name()).toList();
  }
}
