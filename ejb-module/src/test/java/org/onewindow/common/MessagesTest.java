package org.onewindow.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onewindow.inspection.domain.InspectionOutcome;

/** One resolver for every key: the bundle by the key's prefix, Chinese unless English is asked. */
class MessagesTest {

  @Test
  void aKeyIsReadInItsCapabilitysBundle() {
    assertEquals("正常", Messages.text("inspection.outcome.OK", Locale.SIMPLIFIED_CHINESE));
    assertEquals("OK", Messages.text("inspection.outcome.OK", Locale.ENGLISH));
    assertEquals("任务执行不存在：12345", Messages.text("ops.job.executionNotFound", Locale.CHINA, 12345L));
    assertEquals("org.onewindow.inspection.messages", Messages.bundleName("inspection.outcome.OK"));
    assertEquals("org.onewindow.common.refusals", Messages.bundleName("common.concurrentChange"));
  }

  @Test
  void anIdInAPlainPlaceholderReadsWithoutGrouping() {
    // {0} with a long: MessageFormat's default number format would write 12,345.
    assertEquals("应用不存在：12345", Messages.text("appcenter.app.notFound", Locale.CHINA, 12345L));
    assertTrue(Messages.text("appcenter.app.notFound", Locale.ENGLISH, 12345L).endsWith("12345"));
  }

  @Test
  void keysOfNoCapabilityAreTheCommonRefusals() {
    // The refusals of issue 14 the application centre still names without a prefix.
    assertEquals("org.onewindow.common.refusals", Messages.bundleName("host.ipv4"));
    assertEquals("org.onewindow.common.refusals", Messages.bundleName("nodot"));
    assertEquals(
        "行政区划代码（divisionCode）不能为空",
        Messages.text("division.missing", Locale.CHINA, "divisionCode"));
  }

  @Test
  void chineseUnlessEnglishIsAskedWhateverTheServersLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertEquals("异常", Messages.text("inspection.outcome.FAILED", Locale.FRENCH));
      assertEquals("异常", Messages.text("inspection.outcome.FAILED", null));
      assertEquals("Failed", Messages.text("inspection.outcome.FAILED", Locale.UK));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void labelsAndMessagesAmongTheArgumentsAreReadInTheSameLanguage() {
    Message note = Message.of("inspection.verdict.unfilled", "auth_code");
    assertEquals(
        "必填参数 auth_code 无示例值，仅检查连通性：HTTP 400",
        Messages.text("inspection.verdict.unfilledAnswered", Locale.CHINA, note, 400));
    assertEquals(
        "The required parameters auth_code have no example value; only reachability is checked:"
            + " HTTP 400",
        Messages.text("inspection.verdict.unfilledAnswered", Locale.ENGLISH, note, 400));
    assertEquals(
        "App #7 Failed: x",
        Messages.text("inspection.alarm.audit", Locale.ENGLISH, 7L, InspectionOutcome.FAILED, "x"));
  }

  @Test
  void aKeyWithoutTextReadsAsItself() {
    assertEquals("inspection.no.such.key", Messages.text("inspection.no.such.key", Locale.CHINA));
    assertEquals("nosuchcapability.key", Messages.text("nosuchcapability.key", Locale.ENGLISH));
  }
}
