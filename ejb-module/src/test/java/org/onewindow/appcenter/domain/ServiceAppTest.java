package org.onewindow.appcenter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransition;

/** An app's review, catalogue entry, display configuration and notes (000 9.3, 9.5, 8.2.3). */
class ServiceAppTest {

  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  private static ServiceApp app() {
    AccessUnit unit = AccessUnit.register("北京市政务服务管理局", "110000", "admin", NOW);
    return ServiceApp.apply(
        unit,
        "app-abcdefghijkl",
        " 公交出行 ",
        "",
        "https://bus.example.gov.cn",
        "pem",
        "ref",
        "developer",
        NOW);
  }

  @Test
  void anAppIsReviewedPublishedTakenOfflineAndRectifiedIntoANewRevision() {
    ServiceApp app = app();
    assertEquals("公交出行", app.getName());
    app.perform(ReviewAction.SUBMIT, "developer", null, NOW);
    assertThrows(
        DutySeparationException.class,
        () -> app.perform(ReviewAction.APPROVE, "developer", null, NOW));
    app.perform(ReviewAction.APPROVE, "reviewer", null, NOW);
    app.perform(ReviewAction.ONLINE, "reviewer", null, NOW);
    assertThrows(StateConflictException.class, () -> app.revise("developer", NOW));
    app.perform(ReviewAction.OFFLINE, "reviewer", "不稳定", NOW);
    ReviewTransition revised = app.revise("developer", NOW);
    assertEquals(ReviewStatus.OFFLINE, revised.getFrom());
    assertEquals(ReviewStatus.DRAFT, app.getReview().status());
    assertEquals(2, app.getReview().revision());
  }

  @Test
  void theCatalogueEntryTakesOnlyThemesOfItsServiceObject() {
    ServiceApp app = app();
    assertEquals(ServiceThemes.OTHER, app.getTheme());
    app.classify(ServiceObject.NATURAL_PERSON, "交通出行", ServiceLevel.MUNICIPAL, AppType.OPEN);
    assertEquals("交通出行", app.getTheme());
    assertEquals(ServiceLevel.MUNICIPAL, app.getServiceLevel());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                app.classify(
                    ServiceObject.LEGAL_PERSON, "婚姻登记", ServiceLevel.MUNICIPAL, AppType.OPEN));
    assertEquals("theme", e.field());
    assertEquals("交通出行", app.getTheme());
    app.perform(ReviewAction.SUBMIT, "developer", null, NOW);
    assertThrows(
        StateConflictException.class,
        () -> app.classify(ServiceObject.BOTH, "其他", ServiceLevel.COUNTY, AppType.OPEN));
  }

  @Test
  void aDisplayConfigurationFitsAHallsTile() {
    assertEquals(
        "公交出行", AppPublication.of(1, 2, " 公交出行 ", null, null, 1, "r", NOW).getDisplayName());
    assertEquals("其他", AppPublication.of(1, 2, "公交", null, "", 1, "r", NOW).getCategory());
    assertThrows(
        InvalidInputException.class,
        () -> AppPublication.of(1, 2, "名".repeat(21), null, "其他", 1, "r", NOW));
    assertThrows(
        InvalidInputException.class, () -> AppPublication.of(1, 2, "公交", null, "其他", -1, "r", NOW));
  }

  @Test
  void alarmsAndSuggestionsAreArchivedOnceWithWhatWasDoneAndTestRecordsNever() {
    AppNote suggestion = AppNote.write(1, 1, NoteKind.SUGGESTION, "建议增加大字模式", "reviewer", NOW);
    assertThrows(InvalidInputException.class, () -> suggestion.archive(" ", "developer", NOW));
    suggestion.archive("已增加", "developer", NOW);
    assertEquals("已增加", suggestion.getOutcome());
    assertThrows(StateConflictException.class, () -> suggestion.archive("再次", "developer", NOW));
    AppNote test = AppNote.write(1, 1, NoteKind.FUNCTIONAL_TEST, "通过", "developer", NOW);
    assertThrows(StateConflictException.class, () -> test.archive("无", "developer", NOW));
    assertThrows(
        InvalidInputException.class,
        () -> AppNote.write(1, 1, NoteKind.ALARM, "", "reviewer", NOW));
  }

  /** Issue 14; 000 9.3 功能测试: a draft's test mode, bounded, audited by the service. */
  @Test
  void onlyADraftGoesIntoTestModeForAFewHoursAndLeavesItWhenSubmitted() {
    ServiceApp app = app();
    assertFalse(app.inTestMode(NOW), "no test mode unless switched on");
    assertThrows(InvalidInputException.class, () -> app.startTestMode(0, "developer", NOW));
    assertThrows(
        InvalidInputException.class,
        () -> app.startTestMode(ServiceApp.MAX_TEST_MODE_HOURS + 1, "developer", NOW));

    app.startTestMode(2, "developer", NOW);

    assertTrue(app.inTestMode(NOW.plusSeconds(7199)));
    assertFalse(app.inTestMode(NOW.plusSeconds(7200)), "it ends at its time");
    assertEquals("developer", app.getTestModeBy());
    app.endTestMode();
    assertFalse(app.inTestMode(NOW));

    app.startTestMode(2, "developer", NOW);
    app.perform(ReviewAction.SUBMIT, "developer", null, NOW);
    assertFalse(app.inTestMode(NOW), "a submitted app is the reviewers'");
    assertNull(app.getTestModeUntil());
    StateConflictException e =
        assertThrows(StateConflictException.class, () -> app.startTestMode(2, "developer", NOW));
    assertTrue(e.getMessage().contains("待审核"), e.getMessage());
  }

  @Test
  void theRateLimitIsOneToTenThousandCallsPerSecondAndFiftyByDefault() {
    ServiceApp app = app();
    assertEquals(50, app.getRateLimit());
    app.limitRate(1);
    assertEquals(1, app.getRateLimit());
    app.limitRate(10_000);
    assertEquals(10_000, app.getRateLimit());
    for (int outside : new int[] {0, -1, 10_001, Integer.MAX_VALUE}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> app.limitRate(outside));
      assertEquals("callsPerSecond", e.field(), "the request member's name");
      assertEquals("限流阈值应在 1 到 10000 次/秒之间", e.getMessage());
      assertEquals(10_000, app.getRateLimit(), "a refused limit changes nothing");
    }
  }
}
