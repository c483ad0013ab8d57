package org.onewindow.appcenter.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.onewindow.appcenter.service.ReviewFixtures.ADMIN;
import static org.onewindow.appcenter.service.ReviewFixtures.DEVELOPER;
import static org.onewindow.appcenter.service.ReviewFixtures.NOW;
import static org.onewindow.appcenter.service.ReviewFixtures.OTHER_REVIEWER;
import static org.onewindow.appcenter.service.ReviewFixtures.REVIEWER;
import static org.onewindow.appcenter.service.ReviewFixtures.SYSTEM;

import jakarta.ejb.EJBAccessException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.domain.AppCenterKinds;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.StateConflictException;
import org.onewindow.review.RecordingAudit;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransition;

/**
 * An app's review on the one workflow (000 9.3, 图3; 9.5): its preconditions, its roles, separation
 * of duties audited as for interfaces, and its history — the rules that only the ITs reached while
 * they lived in AppOnboardingService.
 */
class AppReviewTest {

  private final ReviewFixtures on = new ReviewFixtures();

  @Test
  void anAppGoesToReviewOnlyWithAFunctionalTestRecordOfItsCurrentRevision() {
    ServiceApp app = on.app(DEVELOPER.name());
    StateConflictException untested = assertThrows(StateConflictException.class, () -> submit(app));
    assertEquals("提交审核前请先填写本版本的功能测试记录", untested.getMessage());
    assertEquals(ReviewStatus.DRAFT, app.getReview().status());
    assertEquals(1, on.history.lines().size(), "only the registration");

    on.apps.testedRevisions.add(1);
    submit(app);
    reject(app, "缺少界面截图");
    on.workflow.revise(on.apps, () -> app, ServiceApp::revise, DEVELOPER);
    assertEquals(2, app.getReview().revision());
    assertThrows(StateConflictException.class, () -> submit(app), "revision 1's test is old");
    on.apps.testedRevisions.add(2);
    submit(app);
    assertEquals(ReviewStatus.SUBMITTED, app.getReview().status());
  }

  @Test
  void anApprovedAppGoesOnlineOnlyOnceItHasHalls() {
    ServiceApp app = approved();
    StateConflictException noHalls =
        assertThrows(
            StateConflictException.class,
            () -> on.workflow.perform(on.apps, () -> app, ReviewAction.ONLINE, null, REVIEWER));
    assertEquals("请先选择发布的分厅与展示配置，再上线发布", noHalls.getMessage());
    assertEquals(ReviewStatus.APPROVED, app.getReview().status());
    assertEquals(List.of("SUBMIT", "APPROVE"), on.apps.effects, "no realm client switched on");

    on.apps.halls = true;
    on.workflow.perform(on.apps, () -> app, ReviewAction.ONLINE, null, REVIEWER);
    assertEquals(ReviewStatus.ONLINE, app.getReview().status());
    assertEquals(List.of("SUBMIT", "APPROVE", "ONLINE"), on.apps.effects);
  }

  @Test
  void aSubmitterNeverDecidesOnItsOwnAppAndTheRefusalIsAuditedAsForInterfaces() {
    ServiceApp app = on.app(ADMIN.name());
    on.apps.testedRevisions.add(1);
    on.workflow.perform(on.apps, () -> app, ReviewAction.SUBMIT, null, ADMIN);
    DutySeparationException e =
        assertThrows(
            DutySeparationException.class,
            () -> on.workflow.perform(on.apps, () -> app, ReviewAction.APPROVE, null, ADMIN));
    assertEquals("提交人不能审核自己提交的应用，请由其他审核员审核", e.getMessage());
    assertEquals(ReviewStatus.SUBMITTED, app.getReview().status());
    assertEquals(
        List.of(
            new RecordingAudit.Entry(
                "APP_SELF_REVIEW_REFUSED", "admin", "应用 app-abcdefghijkl 公交出行：APPROVE", NOW, true)),
        on.audit.refusals());
    on.workflow.perform(on.apps, () -> app, ReviewAction.APPROVE, null, REVIEWER);
    assertEquals(ReviewStatus.APPROVED, app.getReview().status());
  }

  @Test
  void theUnitSubmitsAndRectifiesTheReviewersDecidePublishAndTakeOffline() {
    ServiceApp app = on.app(DEVELOPER.name());
    on.apps.testedRevisions.add(1);
    assertThrows(
        EJBAccessException.class,
        () -> on.workflow.perform(on.apps, () -> app, ReviewAction.SUBMIT, null, REVIEWER));
    on.workflow.perform(on.apps, () -> app, ReviewAction.SUBMIT, null, SYSTEM);
    for (ReviewAction decision : List.of(ReviewAction.APPROVE, ReviewAction.REJECT)) {
      assertThrows(
          EJBAccessException.class,
          () -> on.workflow.perform(on.apps, () -> app, decision, "不合格", DEVELOPER));
    }
    on.workflow.perform(on.apps, () -> app, ReviewAction.REJECT, "不合格", REVIEWER);
    assertThrows(
        EJBAccessException.class,
        () -> on.workflow.revise(on.apps, () -> app, ServiceApp::revise, REVIEWER));
    on.workflow.revise(on.apps, () -> app, ServiceApp::revise, DEVELOPER);
    assertEquals(ReviewStatus.DRAFT, app.getReview().status());
  }

  @Test
  void theWholeWayIsKeptOnceAndAuditedUnderTheAppsEventNames() {
    ServiceApp app = on.app(DEVELOPER.name());
    on.apps.testedRevisions.add(1);
    on.apps.halls = true;
    app.startTestMode(2, DEVELOPER.name(), NOW);
    submit(app);
    assertNull(app.getTestModeUntil(), "a submitted app is the reviewers'");
    on.workflow.perform(on.apps, () -> app, ReviewAction.APPROVE, null, OTHER_REVIEWER);
    on.workflow.perform(on.apps, () -> app, ReviewAction.ONLINE, null, REVIEWER);
    on.workflow.perform(on.apps, () -> app, ReviewAction.OFFLINE, "接口频繁超时", REVIEWER);
    on.workflow.revise(on.apps, () -> app, ServiceApp::revise, DEVELOPER);

    List<ReviewTransition> lines = on.history.of(AppCenterKinds.APP, 7);
    assertEquals(
        List.of("REGISTER", "SUBMIT", "APPROVE", "ONLINE", "OFFLINE", "REVISE"),
        lines.stream().map(t -> t.getAction().name()).toList());
    ReviewTransition offline = lines.get(4);
    assertEquals("APP", offline.getSubjectType());
    assertEquals(ReviewStatus.ONLINE, offline.getFrom());
    assertEquals(ReviewStatus.OFFLINE, offline.getTo());
    assertEquals("张伟", offline.getActor());
    assertEquals("接口频繁超时", offline.getReason());
    assertEquals("李娜", lines.get(2).getActor());
    assertEquals(2, lines.get(5).getRevision());
    assertEquals(
        List.of(
            "APP_REGISTER", "APP_SUBMIT", "APP_APPROVE", "APP_ONLINE", "APP_OFFLINE", "APP_REVISE"),
        on.audit.events());
    assertEquals(
        "应用 app-abcdefghijkl 公交出行：第1版：ONLINE → OFFLINE；原因：接口频繁超时",
        on.audit.entries().get(4).detail());
    assertEquals(List.of("SUBMIT", "APPROVE", "ONLINE", "OFFLINE", "REVISE"), on.apps.effects);
  }

  private ServiceApp approved() {
    ServiceApp app = on.app(DEVELOPER.name());
    on.apps.testedRevisions.add(1);
    submit(app);
    on.workflow.perform(on.apps, () -> app, ReviewAction.APPROVE, null, REVIEWER);
    return app;
  }

  private void submit(ServiceApp app) {
    on.workflow.perform(on.apps, () -> app, ReviewAction.SUBMIT, null, DEVELOPER);
  }

  private void reject(ServiceApp app, String why) {
    on.workflow.perform(on.apps, () -> app, ReviewAction.REJECT, why, REVIEWER);
  }
}
