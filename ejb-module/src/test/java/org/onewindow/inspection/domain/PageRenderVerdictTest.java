package org.onewindow.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page verdict with what the browser found (界面巡检 in a browser, 000 8.2.3 c; 003 6.7.3): render
 * errors, broken links, mixed content and a load that timed out fail the page; a heavy page is a
 * finding; no browser is never a failure.
 */
class PageRenderVerdictTest {

  private static final long HEAVY = 5L << 20;

  private static final InspectionVerdict HTML_PAGE =
      new InspectionVerdict(
          InspectionCheck.PAGE, InspectionOutcome.OK, 200, 40, "HTTP 200，HTML 页面");

  private static PageRender rendered(
      int errors, List<String> messages, List<String> broken, List<String> mixed, long bytes) {
    return new PageRender(
        BrowserCheck.RENDERED,
        errors,
        messages,
        broken.size(),
        broken,
        3,
        mixed.size(),
        mixed,
        bytes,
        null,
        null);
  }

  @Test
  void aCleanRenderPassesWithItsWeight() {
    InspectionVerdict verdict =
        HTML_PAGE.rendered(rendered(0, List.of(), List.of(), List.of(), 150 * 1024), HEAVY);
    assertEquals(InspectionOutcome.OK, verdict.outcome());
    assertEquals("HTTP 200，HTML 页面；浏览器渲染正常，页面 150 KB", verdict.reason());
    assertEquals(200, verdict.httpStatus());
  }

  @Test
  void aHeavyPageIsAFindingNotAFailure() {
    InspectionVerdict verdict =
        HTML_PAGE.rendered(rendered(0, List.of(), List.of(), List.of(), 6L << 20), HEAVY);
    assertEquals(InspectionOutcome.OK, verdict.outcome());
    assertTrue(verdict.reason().contains("页面过大（超过 5120 KB）"), verdict.reason());
  }

  @Test
  void errorsBrokenLinksAndMixedContentFailThePageWithWhatWasFound() {
    InspectionVerdict verdict =
        HTML_PAGE.rendered(
            rendered(
                2,
                List.of("console.error: boom", "HTTP 404: https://a.gov.cn/x.png"),
                List.of("https://a.gov.cn/gone (HTTP 404)"),
                List.of("http://cdn.example.com/lib.js"),
                1000),
            HEAVY);
    assertEquals(InspectionOutcome.FAILED, verdict.outcome());
    assertEquals(
        "浏览器检查发现问题：页面错误 2 个（console.error: boom）；失效链接 1 个（https://a.gov.cn/gone (HTTP"
            + " 404)）；混合内容 1 个（http://cdn.example.com/lib.js）",
        verdict.reason());
    assertEquals(InspectionHealth.ERROR, InspectionHealth.of(verdict, false));
    assertEquals(
        AlarmCause.PAGE_INSPECTION,
        InspectionHealth.of(verdict, false).cause(InspectionCheck.PAGE),
        "raises the page alarm through the existing path");
  }

  @Test
  void aPageThatDidNotLoadInTimeFails() {
    InspectionVerdict verdict =
        HTML_PAGE.rendered(rendered(0, List.of(), List.of(), List.of(), 0).timedOut(), HEAVY);
    assertEquals(InspectionOutcome.FAILED, verdict.outcome());
    assertEquals("浏览器检查发现问题：页面未在限定时间内加载完成", verdict.reason());
  }

  @Test
  void noBrowserKeepsTheHttpVerdictAndSaysSo() {
    InspectionVerdict verdict = HTML_PAGE.rendered(PageRender.notAvailable("本节点未配置浏览器"), HEAVY);
    assertEquals(InspectionOutcome.OK, verdict.outcome());
    assertEquals("HTTP 200，HTML 页面；未进行浏览器检查（本节点未配置浏览器）", verdict.reason());
  }

  @Test
  void aFailedHttpCheckIsLeftAsItWas() {
    InspectionVerdict failed =
        new InspectionVerdict(InspectionCheck.PAGE, InspectionOutcome.FAILED, 500, 9, "HTTP 500");
    assertSame(failed, failed.rendered(PageRender.notAvailable("HTTP 检查未通过"), HEAVY));
  }
}
