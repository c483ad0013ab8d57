package org.onewindow.appcenter.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.InterfaceGrant;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.review.ReviewStatus;
import org.onewindow.testing.AppCenterRecords;
import org.onewindow.testing.InMemoryDatabase;

/** Bindings and grants as binding, the gateway and inspection read them (000 8.2.2; issue 14). */
class AppBindingRepositoryTest {

  private final InMemoryDatabase db = new InMemoryDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void bindingsAreReadFromBothEndsWithTheInterfacesOwners() {
    long[] ids =
        db.inTransaction(
            em -> {
              AppCenterRecords records = new AppCenterRecords(em);
              AccessUnit beijing = records.unit("北京市政务服务管理局");
              AccessUnit zhejiang = records.unit("浙江省大数据发展管理局");
              RegisteredInterface own =
                  records.registeredInterface(beijing, "线路查询", ReviewStatus.ONLINE);
              RegisteredInterface foreign =
                  records.registeredInterface(zhejiang, "社保查询", ReviewStatus.ONLINE);
              ServiceApp first = records.app(beijing, "出行");
              ServiceApp second = records.app(beijing, "社保");
              ServiceApp theirs = records.app(zhejiang, "浙里办");
              records.bind(first, own);
              records.bind(first, foreign);
              records.bind(second, own);
              records.bind(theirs, own);
              return new long[] {
                beijing.getId(),
                zhejiang.getId(),
                own.getId(),
                foreign.getId(),
                first.getId(),
                second.getId(),
                theirs.getId()
              };
            });
    db.run(
        em -> {
          var bindings = new AppBindingRepository(em);
          assertEquals(Set.of(ids[2], ids[3]), Set.copyOf(bindings.interfaceIdsOf(ids[4])));
          assertEquals(List.of(ids[4], ids[5], ids[6]), bindings.appIdsBoundTo(ids[2]));
          assertEquals(Map.of(ids[2], ids[0], ids[3], ids[1]), bindings.interfaceOwnersOf(ids[4]));
          assertEquals(2, bindings.appKeysOfUnitBoundTo(ids[2], ids[0]).size());
          assertEquals(1, bindings.appKeysOfUnitBoundTo(ids[2], ids[1]).size());
          assertEquals(List.of(), bindings.appIdsBoundTo(999L));
        });
  }

  @Test
  void onlyStandingGrantsCount() {
    long[] ids =
        db.inTransaction(
            em -> {
              AppCenterRecords records = new AppCenterRecords(em);
              AccessUnit owner = records.unit("浙江省大数据发展管理局");
              AccessUnit grantee = records.unit("北京市政务服务管理局");
              RegisteredInterface kept =
                  records.registeredInterface(owner, "社保查询", ReviewStatus.ONLINE);
              RegisteredInterface revoked =
                  records.registeredInterface(owner, "公积金查询", ReviewStatus.ONLINE);
              records.grant(kept, grantee);
              InterfaceGrant gone = records.grant(revoked, grantee);
              gone.revoke("admin", AppCenterRecords.AT);
              return new long[] {grantee.getId(), kept.getId(), revoked.getId(), owner.getId()};
            });
    db.run(
        em -> {
          var grants = new InterfaceGrantRepository(em);
          assertEquals(Set.of(ids[1]), grants.grantedTo(ids[0]));
          assertEquals(Set.of(), grants.grantedTo(ids[3]), "the owner holds no grant");
          assertEquals(1, grants.ofInterface(ids[2]).size(), "revoked grants stay on record");
        });
  }
}
