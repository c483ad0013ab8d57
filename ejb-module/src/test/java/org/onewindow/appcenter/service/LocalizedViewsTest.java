package org.onewindow.appcenter.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.gateway.InterfaceStatistics;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransitionView;

/**
 * The application centre's views are made with Chinese labels and read in another language at the
 * edge (issue 15 item 5): the labels change, the data and the recorded texts do not.
 */
class LocalizedViewsTest {

  private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void anAppsLabelsAreReadInEnglishItsDataStaysAsItIs() {
    AppView app =
        new AppView(
            7,
            "k",
            1,
            "测试单位",
            "全国线路查询",
            "简介",
            "https://app.example.gov.cn/",
            null,
            50,
            "NATURAL_PERSON",
            "面向自然人",
            "交通出行",
            "NATIONAL",
            "国家级",
            "OPEN",
            "完全开放",
            ReviewStatus.APPROVED,
            "审核通过",
            2,
            "dev",
            AT,
            "材料齐全",
            null);
    AppView english = app.in(Locale.ENGLISH);
    assertEquals("Approved", english.statusLabel());
    assertEquals("Fully open", english.appTypeLabel());
    assertEquals("全国线路查询", english.name());
    assertEquals("交通出行", english.theme());
    assertEquals("材料齐全", english.lastReason());
    assertEquals(app, english.in(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void notesFilesHistoryAndGatewaySettingsToo() {
    AppNoteView note = new AppNoteView(1, "ALARM", "问题告警", 1, "接口超时", "ops", AT, true, "", "");
    assertEquals("problem alarm", note.in(Locale.ENGLISH).kindLabel());
    assertEquals("接口超时", note.in(Locale.ENGLISH).text());
    AppFileView file = new AppFileView(2, "ICON", "应用图标", "图标.png", 10, "ab", 1, "dev", AT);
    assertEquals("app icon", file.in(Locale.ENGLISH).kindLabel());
    ReviewTransitionView step =
        new ReviewTransitionView(
            1, "APPROVE", "审核通过", "SUBMITTED", "APPROVED", "审核通过", "r", AT, "好");
    assertEquals("approve", step.in(Locale.ENGLISH).actionLabel());
    assertEquals("Approved", step.in(Locale.ENGLISH).toLabel());
    GatewaySettingsView gateway =
        new GatewaySettingsView(
            3,
            "WHITELIST",
            "白名单鉴权",
            "pem",
            "signer",
            3000,
            1,
            "/gateway/v1/interfaces/3",
            new InterfaceStatistics.Snapshot(0, 0, 0, 0, 0));
    assertEquals("Whitelist authentication", gateway.in(Locale.ENGLISH).authModeLabel());
  }
}
