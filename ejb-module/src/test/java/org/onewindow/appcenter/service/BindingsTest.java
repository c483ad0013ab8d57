package org.onewindow.appcenter.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.StateConflictException;
import org.onewindow.common.UnitScope;
import org.onewindow.review.ReviewStatus;
import org.onewindow.testing.AppCenterRecords;
import org.onewindow.testing.InMemoryDatabase;

/**
 * Which interfaces an app may bind (000 8.2.2: approved interfaces only; issue 14: its own unit's
 * or under a standing grant), on the repositories and an in-memory database — the rule the
 * CrossUnitBindingIT reaches through a server.
 */
class BindingsTest {

  private static final String BEIJING = "北京市政务服务管理局";
  private static final String ZHEJIANG = "浙江省大数据发展管理局";

  /** A Beijing developer's session, and a platform administrator's. */
  private static final UnitScope DEVELOPER = UnitScope.ofUnit(BEIJING);

  private static final UnitScope PLATFORM = UnitScope.platformWide();

  private final InMemoryDatabase db = new InMemoryDatabase();

  private long app;

  private AccessUnit beijing;

  private AccessUnit zhejiang;

  @BeforeEach
  void units() {
    db.run(
        em -> {
          AppCenterRecords records = new AppCenterRecords(em);
          beijing = records.unit(BEIJING);
          zhejiang = records.unit(ZHEJIANG);
          app = records.app(beijing, "出行服务").getId();
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = ReviewStatus.class,
      names = {"APPROVED", "ONLINE"})
  void itsOwnUnitsApprovedOrOnlineInterfaceMayBeBound(ReviewStatus status) {
    long own = made(records -> records.registeredInterface(beijing, "线路查询", status));
    assertEquals(own, check(own, DEVELOPER).getId());
    assertEquals(List.of(own), bindable());
  }

  @ParameterizedTest
  @EnumSource(
      value = ReviewStatus.class,
      names = {"DRAFT", "SUBMITTED", "REJECTED", "OFFLINE"})
  void anInterfaceNotApprovedOrOnlineMayNotBeBound(ReviewStatus status) {
    long own = made(records -> records.registeredInterface(beijing, "线路查询", status));
    StateConflictException e =
        assertThrows(StateConflictException.class, () -> check(own, DEVELOPER));
    assertEquals("只能绑定审核通过或已上线的接口；该接口为「" + status.label() + "」", e.getMessage());
    assertEquals(List.of(), bindable());
  }

  @Test
  void anotherUnitsInterfaceWithoutAGrantDoesNotExistForTheUnitsDeveloper() {
    long foreign =
        made(records -> records.registeredInterface(zhejiang, "社保查询", ReviewStatus.ONLINE));
    NotFoundException e = assertThrows(NotFoundException.class, () -> check(foreign, DEVELOPER));
    assertEquals("接口不存在：" + foreign, e.getMessage());
    assertEquals(List.of(), bindable());
  }

  @Test
  void aPlatformWideCallerSeesItButIsRefusedWithoutAGrant() {
    long foreign =
        made(records -> records.registeredInterface(zhejiang, "社保查询", ReviewStatus.ONLINE));
    assertThrows(DutySeparationException.class, () -> check(foreign, PLATFORM));
  }

  @Test
  void aStandingGrantMakesAnotherUnitsInterfaceBindable() {
    long granted =
        made(
            records -> {
              RegisteredInterface registered =
                  records.registeredInterface(zhejiang, "社保查询", ReviewStatus.APPROVED);
              records.grant(registered, beijing);
              return registered;
            });
    assertEquals(granted, check(granted, DEVELOPER).getId());
    assertEquals(granted, check(granted, PLATFORM).getId());
    assertEquals(List.of(granted), bindable());
  }

  @Test
  void aRevokedGrantIsNoGrant() {
    long revoked =
        made(
            records -> {
              RegisteredInterface registered =
                  records.registeredInterface(zhejiang, "社保查询", ReviewStatus.ONLINE);
              records.grant(registered, beijing).revoke("admin", AppCenterRecords.AT);
              return registered;
            });
    assertThrows(NotFoundException.class, () -> check(revoked, DEVELOPER));
    assertThrows(DutySeparationException.class, () -> check(revoked, PLATFORM));
    assertEquals(List.of(), bindable());
  }

  @Test
  void anInterfaceIsBoundOnceAndThenNoLongerOffered() {
    long own =
        db.inTransaction(
            em -> {
              AppCenterRecords records = new AppCenterRecords(em);
              RegisteredInterface registered =
                  records.registeredInterface(beijing, "线路查询", ReviewStatus.ONLINE);
              records.bind(em.find(ServiceApp.class, app), registered);
              return registered.getId();
            });
    DuplicateException e = assertThrows(DuplicateException.class, () -> check(own, DEVELOPER));
    assertEquals("应用已绑定该接口", e.getMessage());
    assertEquals(List.of(), bindable());
  }

  @Test
  void anAppUnderReviewMayNotBeChanged() {
    long own = made(records -> records.registeredInterface(beijing, "线路查询", ReviewStatus.ONLINE));
    db.run(
        em -> {
          ServiceApp submitted = em.find(ServiceApp.class, app);
          new AppCenterRecords(em).review(submitted, ReviewStatus.SUBMITTED);
        });
    assertThrows(StateConflictException.class, () -> check(own, DEVELOPER));
  }

  @Test
  void anUnknownInterfaceIsNotFound() {
    assertThrows(NotFoundException.class, () -> check(999_999L, PLATFORM));
  }

  @Test
  void aBindingWhoseGrantWasRevokedIsShownToThePlatformOnly() {
    long[] ids =
        db.inTransaction(
            em -> {
              AppCenterRecords records = new AppCenterRecords(em);
              ServiceApp theApp = em.find(ServiceApp.class, app);
              RegisteredInterface own =
                  records.registeredInterface(beijing, "线路查询", ReviewStatus.ONLINE);
              RegisteredInterface foreign =
                  records.registeredInterface(zhejiang, "社保查询", ReviewStatus.ONLINE);
              records.bind(theApp, own);
              records.bind(
                  theApp, foreign); // bound under a grant since revoked, or before the rule
              return new long[] {own.getId(), foreign.getId()};
            });
    assertEquals(List.of(ids[0]), bound(DEVELOPER));
    assertEquals(List.of(ids[0], ids[1]), bound(PLATFORM));
  }

  private RegisteredInterface check(long interfaceId, UnitScope scope) {
    return db.inTransaction(
        em -> new Bindings(em).checkBindable(em.find(ServiceApp.class, app), interfaceId, scope));
  }

  private List<Long> bindable() {
    return db.inTransaction(
        em ->
            new Bindings(em)
                .bindable(em.find(ServiceApp.class, app)).stream()
                    .map(RegisteredInterface::getId)
                    .toList());
  }

  private List<Long> bound(UnitScope scope) {
    return db.inTransaction(
        em ->
            new Bindings(em)
                .boundVisible(em.find(ServiceApp.class, app), scope).stream()
                    .map(RegisteredInterface::getId)
                    .toList());
  }

  private long made(Function<AppCenterRecords, RegisteredInterface> make) {
    return db.inTransaction(em -> make.apply(new AppCenterRecords(em)).getId());
  }
}
