package org.onewindow.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;

/** Issue 18 "bad input": a filing's fields, and what completeness (000 10.3 a) still asks for. */
class FilingFieldsTest {

  @Test
  void aDraftMayBeBlankButCompletenessListsEverythingMissing() {
    FilingDraft blank = FilingFields.check(FilingDraft.named(""));
    List<String> missing = Completeness.missing(blank, false, 2, false);
    assertEquals(15, missing.size(), missing.toString());
    assertEquals("filing.field.appName", missing.get(0));
    assertEquals(
        List.of(),
        Completeness.missing(TestDrafts.complete(), true, Completeness.MIN_SCREENSHOTS, true));
  }

  @Test
  void malformedFieldsAreRefusedNamingThem() {
    FilingDraft badUrl =
        new FilingDraft(
            "a",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "javascript:alert(1)",
            List.of(),
            "",
            "");
    assertEquals(
        "privacyPolicyUrl",
        assertThrows(InvalidInputException.class, () -> FilingFields.check(badUrl)).field());
    FilingDraft longName = FilingDraft.named("名".repeat(Filing.MAX_APP_NAME + 1));
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> FilingFields.check(longName));
    assertEquals("应用名称过长：最多 64 个字", refused.message(Locale.CHINA));
    FilingDraft twice =
        new FilingDraft(
            "a",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            List.of(
                new PermissionUse("android.permission.CAMERA", "扫码"),
                new PermissionUse("android.permission.CAMERA", "拍照")),
            "",
            "");
    assertEquals(
        "permissionUses",
        assertThrows(InvalidInputException.class, () -> FilingFields.check(twice)).field());
    FilingDraft control = FilingDraft.named("浙里办\u202e");
    assertThrows(InvalidInputException.class, () -> FilingFields.check(control));
  }
}
