package org.onewindow.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 18 item 2: a resubmission shows what changed since the last review, people masked. */
class FilingContentTest {

  @Test
  void onlyTheChangedFieldsAreListedAndPeopleStayMasked() {
    FilingDraft before = FilingDraft.named("浙里办");
    FilingDraft after =
        new FilingDraft(
            "浙里办",
            "新的描述",
            "",
            "",
            "",
            "",
            "王建国",
            "13912345678",
            "",
            "",
            "",
            "",
            "",
            List.of(),
            "",
            "");
    Map<String, String> then =
        FilingContent.read(FilingContent.write(FilingContent.of(before, "", List.of(), null)));
    Map<String, String> now = FilingContent.of(after, "", List.of(), null);
    List<FilingContent.Change> changes = FilingContent.changes(then, now);
    assertEquals(
        List.of(
            "filing.field.description",
            "filing.field.supervisorName",
            "filing.field.supervisorPhone"),
        changes.stream().map(FilingContent.Change::fieldKey).toList());
    String shown = changes.toString();
    assertFalse(shown.contains("王建国"), shown);
    assertFalse(shown.contains("13912345678"), shown);
    assertTrue(shown.contains("王**"), shown);
  }
}
