package org.onewindow.inspection.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.domain.AppCenterKinds;
import org.onewindow.inspection.domain.BrowserCheck;
import org.onewindow.inspection.domain.InspectionCheck;
import org.onewindow.inspection.domain.InspectionOutcome;
import org.onewindow.inspection.domain.InspectionRecord;
import org.onewindow.inspection.domain.InspectionVerdict;
import org.onewindow.inspection.domain.PageRender;
import org.onewindow.testing.AppCenterRecords;
import org.onewindow.testing.InMemoryDatabase;

/**
 * A page's records keep the browser's findings (V10) and only its newest screenshots (界面巡检, 003
 * 6.7.3).
 */
class InspectionRecordRepositoryTest {

  private final InMemoryDatabase db = new InMemoryDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theScreenshotsBeyondTheNewestFewAreTheOldest() {
    db.run(
        em -> {
          for (int i = 0; i < 4; i++) {
            em.persist(record(7, i, "ishot-" + "0".repeat(31) + i + ".png"));
          }
          em.persist(record(8, 9, "ishot-" + "1".repeat(32) + ".png"));
          em.persist(record(7, 10, null));
          em.flush();
          List<InspectionRecord> beyond =
              new InspectionRecordRepository(em).screenshotsBeyond(AppCenterKinds.APP, 7, 2);
          assertEquals(
              List.of("ishot-" + "0".repeat(32) + ".png", "ishot-" + "0".repeat(31) + "1.png"),
              beyond.stream().map(InspectionRecord::getScreenshot).sorted().toList());
          String name = beyond.get(0).forgetScreenshot();
          assertEquals(true, name.startsWith("ishot-"));
          assertNull(beyond.get(0).getScreenshot());
          assertEquals(BrowserCheck.RENDERED, beyond.get(0).getBrowserCheck());
          assertEquals(2, beyond.get(0).getRenderErrors());
          assertEquals("console.error: a\nHTTP 404: b", beyond.get(0).getRenderMessages());
          assertEquals(1234L, beyond.get(0).getPageBytes());
        });
  }

  private static InspectionRecord record(long app, int minutes, String screenshot) {
    InspectionRecord record =
        new InspectionRecord(
            AppCenterKinds.APP,
            app,
            AppCenterRecords.AT.plus(Duration.ofMinutes(minutes)),
            new InspectionVerdict(InspectionCheck.PAGE, InspectionOutcome.FAILED, 200, 5, "x"),
            "node");
    record.rendered(
        new PageRender(
            BrowserCheck.RENDERED,
            2,
            List.of("console.error: a", "HTTP 404: b"),
            0,
            List.of(),
            1,
            0,
            List.of(),
            1234,
            null,
            null),
        screenshot);
    return record;
  }
}
