package org.onewindow.appcenter.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.AppType;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.domain.ServiceLevel;
import org.onewindow.appcenter.domain.ServiceObject;
import org.onewindow.appcenter.domain.ServiceThemes;
import org.onewindow.review.ReviewStatus;
import org.onewindow.testing.AppCenterRecords;
import org.onewindow.testing.InMemoryDatabase;

/** The app queries: the catalogue's filters (000 8.2.3 a; 001 6.3), names, keys, counts. */
class ServiceAppRepositoryTest {

  private final InMemoryDatabase db = new InMemoryDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theCatalogueAppliesEachFilterAndAnyCombination() {
    long[] ids =
        db.inTransaction(
            em -> {
              AppCenterRecords records = new AppCenterRecords(em);
              AccessUnit beijing = records.unit("北京市政务服务管理局");
              AccessUnit zhejiang = records.unit("浙江省大数据发展管理局");
              ServiceApp social = records.app(beijing, "社保查询");
              String theme = ServiceThemes.NATURAL_PERSON.get(0);
              social.classify(
                  ServiceObject.NATURAL_PERSON, theme, ServiceLevel.NATIONAL, AppType.OPEN);
              records.review(social, ReviewStatus.ONLINE);
              ServiceApp draft = records.app(beijing, "公积金查询");
              ServiceApp other = records.app(zhejiang, "办事指南", ReviewStatus.ONLINE);
              em.flush();
              return new long[] {social.getId(), draft.getId(), other.getId()};
            });
    db.run(
        em -> {
          var repository = new ServiceAppRepository(em);
          assertEquals(3, repository.catalogue(null, null, null, null, null).size());
          assertEquals(
              List.of(ids[1], ids[0]).stream().sorted().toList(),
              ids(repository.catalogue("北京市政务服务管理局", " ", null, null, null)).stream()
                  .sorted()
                  .toList());
          assertEquals(
              List.of(ids[0]),
              ids(repository.catalogue(null, null, ServiceLevel.NATIONAL, null, null)));
          String theme = ServiceThemes.NATURAL_PERSON.get(0);
          assertEquals(
              List.of(ids[0]),
              ids(
                  repository.catalogue(
                      "北京市政务服务管理局",
                      " " + theme + " ",
                      ServiceLevel.NATIONAL,
                      ServiceObject.NATURAL_PERSON,
                      ReviewStatus.ONLINE)));
          assertEquals(
              List.of(ids[2]),
              ids(repository.catalogue("浙江省大数据发展管理局", null, null, null, ReviewStatus.ONLINE)));
          assertEquals(
              List.of(), repository.catalogue(null, null, null, null, ReviewStatus.OFFLINE));
        });
  }

  @Test
  void namesAreTakenPerUnitAndKeysFindTheirApp() {
    Object[] made =
        db.inTransaction(
            em -> {
              AppCenterRecords records = new AppCenterRecords(em);
              AccessUnit beijing = records.unit("北京市政务服务管理局");
              AccessUnit zhejiang = records.unit("浙江省大数据发展管理局");
              ServiceApp app = records.app(beijing, "社保查询");
              return new Object[] {beijing.getId(), zhejiang.getId(), app.getAppKey(), app.getId()};
            });
    db.run(
        em -> {
          var repository = new ServiceAppRepository(em);
          assertTrue(repository.nameTaken((Long) made[0], "社保查询"));
          assertFalse(repository.nameTaken((Long) made[1], "社保查询"));
          ServiceApp found = repository.findByKey((String) made[2]).orElseThrow();
          assertEquals(made[3], found.getId());
          assertEquals("北京市政务服务管理局", found.getUnit().getName());
          assertTrue(repository.findByKey("app-none").isEmpty());
          assertEquals(1L, repository.countByStatus().get(ReviewStatus.DRAFT));
        });
  }

  @Test
  void theRateLimitTheGatewayReadsIsTheOneSetWithinItsBounds() {
    String key =
        db.inTransaction(
            em -> {
              ServiceApp app =
                  new AppCenterRecords(em).app(new AppCenterRecords(em).unit("北京市政务服务管理局"), "出行");
              app.limitRate(ServiceApp.MAX_RATE_LIMIT);
              return app.getAppKey();
            });
    db.run(
        em ->
            assertEquals(
                ServiceApp.MAX_RATE_LIMIT,
                new ServiceAppRepository(em).findByKey(key).orElseThrow().getRateLimit()));
  }

  private static List<Long> ids(List<ServiceApp> apps) {
    return apps.stream().map(ServiceApp::getId).toList();
  }
}
