package org.onewindow.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform's pre-judgement of checklist 000 10.3. */
class MachineJudgementTest {

  private static final PackageFacts PACKAGE =
      new PackageFacts(
          PackagePlatform.ANDROID,
          "gov.zj.app",
          10,
          "1.0",
          23,
          33,
          List.of(
              "android.permission.CAMERA",
              "android.permission.INTERNET",
              "android.permission.ACCESS_FINE_LOCATION"),
          List.of(2),
          List.of(),
          List.of());

  @Test
  void aCompleteFirstFilingWithEveryUseDeclaredPassesWhatTheMachineCanJudge() {
    FilingDraft draft =
        draft(
            List.of(
                new PermissionUse("android.permission.CAMERA", "扫码"),
                new PermissionUse("android.permission.ACCESS_FINE_LOCATION", "附近网点")),
            "tester",
            MachineJudgement.LOGIN_FAILURE_WORDING);
    Map<ChecklistItem, Prejudgement> judged =
        MachineJudgement.judge(draft, List.of(), PACKAGE, UpgradeJudgement.first());
    assertEquals(Verdict.PASS, judged.get(ChecklistItem.A).verdict());
    assertEquals(Verdict.NOT_APPLICABLE, judged.get(ChecklistItem.C).verdict());
    assertEquals(Verdict.PASS, judged.get(ChecklistItem.F).verdict());
    assertEquals(Verdict.PASS, judged.get(ChecklistItem.H).verdict());
    assertEquals(Verdict.PASS, judged.get(ChecklistItem.I).verdict());
    for (ChecklistItem byPerson :
        List.of(ChecklistItem.B, ChecklistItem.D, ChecklistItem.E, ChecklistItem.G)) {
      assertEquals(Verdict.PENDING, judged.get(byPerson).verdict(), byPerson.name());
    }
  }

  @Test
  void anUndeclaredSensitivePermissionFailsH() {
    // 000 10.3 h: INTERNET needs no declaration; the location does
    FilingDraft draft =
        draft(List.of(new PermissionUse("android.permission.CAMERA", "扫码")), "", "");
    Prejudgement h =
        MachineJudgement.judge(draft, List.of(), PACKAGE, UpgradeJudgement.first())
            .get(ChecklistItem.H);
    assertEquals(Verdict.FAIL, h.verdict());
    String text = h.findings().get(0).text(Locale.CHINA);
    assertTrue(text.contains("android.permission.ACCESS_FINE_LOCATION"), text);
    assertTrue(!text.contains("INTERNET"), text);
  }

  @Test
  void aWrongLoginWordingFailsFOnlyWhenATestAccountIsGiven() {
    FilingDraft withAccount = draft(List.of(), "tester", "密码错误");
    assertEquals(
        Verdict.FAIL,
        MachineJudgement.judge(withAccount, List.of(), PACKAGE, UpgradeJudgement.first())
            .get(ChecklistItem.F)
            .verdict());
    FilingDraft withoutAccount = draft(List.of(), "", "密码错误");
    assertEquals(
        Verdict.PENDING,
        MachineJudgement.judge(withoutAccount, List.of(), PACKAGE, UpgradeJudgement.first())
            .get(ChecklistItem.F)
            .verdict());
  }

  @Test
  void missingItemsAreListedInTheReadersLanguage() {
    Prejudgement a =
        MachineJudgement.judge(
                draft(List.of(), "", ""),
                List.of(Completeness.key("icon"), Completeness.key("screenshots")),
                PACKAGE,
                UpgradeJudgement.first())
            .get(ChecklistItem.A);
    assertEquals(Verdict.FAIL, a.verdict());
    assertEquals("尚缺：应用图标、应用截图（至少三张）", a.findings().get(0).text(Locale.CHINA));
    assertEquals(
        "Missing: app icon, screenshots (at least three)",
        a.findings().get(0).text(Locale.ENGLISH));
  }

  @Test
  void aRefusedUpgradeFailsC() {
    UpgradeJudgement refused =
        new UpgradeJudgement(false, false, List.of(Finding.of("filing.machine.noPackage")));
    assertEquals(
        Verdict.FAIL,
        MachineJudgement.judge(draft(List.of(), "", ""), List.of(), PACKAGE, refused)
            .get(ChecklistItem.C)
            .verdict());
  }

  private static FilingDraft draft(List<PermissionUse> uses, String account, String wording) {
    return new FilingDraft(
        "浙里办",
        "描述",
        "说明",
        "浙江省大数据局",
        "浙江省人民政府办公厅",
        "0571-87654321",
        "王建国",
        "13912345678",
        "某科技公司",
        "李娜",
        "13812345678",
        "隐私条款",
        "",
        uses,
        account,
        wording);
  }
}
