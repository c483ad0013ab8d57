package org.onewindow.appcenter.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.onewindow.appcenter.service.ReviewFixtures.ADMIN;
import static org.onewindow.appcenter.service.ReviewFixtures.DEVELOPER;
import static org.onewindow.appcenter.service.ReviewFixtures.NOW;
import static org.onewindow.appcenter.service.ReviewFixtures.REVIEWER;

import jakarta.ejb.EJBAccessException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.domain.AppCenterKinds;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.StateConflictException;
import org.onewindow.review.RecordingAudit;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransition;
import org.onewindow.review.ReviewWorkflow;

/** An interface's review on the one workflow (000 9.4.1; 9.5 rectification). */
class InterfaceReviewTest {

  private final ReviewFixtures on = new ReviewFixtures();

  @Test
  void anInterfaceIsSubmittedWithoutPreconditionsOfItsOwnAndDecidedByAReviewer() {
    RegisteredInterface registered = on.registeredInterface(DEVELOPER.name());
    on.workflow.perform(on.interfaces, () -> registered, ReviewAction.SUBMIT, null, DEVELOPER);
    assertThrows(
        EJBAccessException.class,
        () ->
            on.workflow.perform(
                on.interfaces, () -> registered, ReviewAction.APPROVE, null, DEVELOPER));
    on.workflow.perform(on.interfaces, () -> registered, ReviewAction.APPROVE, null, REVIEWER);
    on.workflow.perform(on.interfaces, () -> registered, ReviewAction.ONLINE, null, REVIEWER);
    assertEquals(ReviewStatus.ONLINE, registered.getStatus());
    assertEquals(List.of("SUBMIT", "APPROVE", "ONLINE"), on.interfaces.effects);
  }

  @Test
  void aSelfReviewIsRefusedAndAuditedUnderItsExistingName() {
    RegisteredInterface registered = on.registeredInterface(ADMIN.name());
    on.workflow.perform(on.interfaces, () -> registered, ReviewAction.SUBMIT, null, ADMIN);
    DutySeparationException e =
        assertThrows(
            DutySeparationException.class,
            () ->
                on.workflow.perform(
                    on.interfaces, () -> registered, ReviewAction.APPROVE, null, ADMIN));
    assertEquals("提交人不能审核自己提交的接口，请由其他审核员审核", e.getMessage());
    assertEquals(
        List.of(
            new RecordingAudit.Entry(
                "INTERFACE_SELF_REVIEW_REFUSED", "admin", "接口 #12 全国线路查询：APPROVE", NOW, true)),
        on.audit.refusals());
    assertEquals(ReviewStatus.SUBMITTED, registered.getStatus());
  }

  @Test
  void aRevisedDefinitionIsANewRevisionOnlyWhileTheInterfaceMayBeChanged() {
    RegisteredInterface registered = on.registeredInterface(DEVELOPER.name());
    ReviewWorkflow.Revision<RegisteredInterface> moveAddress =
        (r, actor, at) ->
            r.revise(ReviewFixtures.busLine("https://bus2.example.gov.cn/bus/line"), actor, at);
    on.workflow.perform(on.interfaces, () -> registered, ReviewAction.SUBMIT, null, DEVELOPER);
    StateConflictException submitted =
        assertThrows(
            StateConflictException.class,
            () -> on.workflow.revise(on.interfaces, () -> registered, moveAddress, DEVELOPER));
    assertEquals("接口当前状态为「待审核」，不能修改；上线的接口须先下线再整改", submitted.getMessage());
    assertThrows(
        EJBAccessException.class,
        () -> on.workflow.revise(on.interfaces, () -> registered, moveAddress, REVIEWER));

    on.workflow.perform(on.interfaces, () -> registered, ReviewAction.APPROVE, null, REVIEWER);
    on.workflow.perform(on.interfaces, () -> registered, ReviewAction.ONLINE, null, REVIEWER);
    on.workflow.perform(on.interfaces, () -> registered, ReviewAction.OFFLINE, "频繁超时", REVIEWER);
    on.workflow.revise(on.interfaces, () -> registered, moveAddress, DEVELOPER);
    assertEquals(ReviewStatus.DRAFT, registered.getStatus());
    assertEquals(2, registered.getRevision());
    assertEquals("https://bus2.example.gov.cn/bus/line", registered.definition().address());
    assertEquals(
        List.of(
            "INTERFACE_REGISTER",
            "INTERFACE_SUBMIT",
            "INTERFACE_APPROVE",
            "INTERFACE_ONLINE",
            "INTERFACE_OFFLINE",
            "INTERFACE_REVISE"),
        on.audit.events());
  }

  @Test
  void bothKindsKeepTheirHistoryInOneTableTellingThemApartByKind() {
    RegisteredInterface registered = on.registeredInterface(DEVELOPER.name());
    ServiceApp app = on.app(DEVELOPER.name());
    on.workflow.perform(on.interfaces, () -> registered, ReviewAction.SUBMIT, null, DEVELOPER);
    on.apps.testedRevisions.add(1);
    on.workflow.perform(on.apps, () -> app, ReviewAction.SUBMIT, null, DEVELOPER);

    assertEquals(
        List.of("INTERFACE", "APP", "INTERFACE", "APP"),
        on.history.lines().stream().map(ReviewTransition::getSubjectType).toList());
    assertEquals(2, on.history.of(AppCenterKinds.INTERFACE, 12).size());
    assertEquals(2, on.history.of(AppCenterKinds.APP, 7).size());
    assertEquals(
        NOW, on.history.firstReached(AppCenterKinds.APP, 7, ReviewStatus.SUBMITTED).orElseThrow());
  }
}
