package org.onewindow.inspection.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onewindow.inspection.domain.BrowserCheck;
import org.onewindow.inspection.domain.PageRender;

/**
 * The DevTools events of a page load, turned into findings (界面巡检, 000 8.2.3 c; 003 6.7.3). {@code
 * page-load.jsonl} is recorded from Chromium 156 rendering {@link ChromiumPageRendererTest}'s page
 * (a console error, an uncaught ReferenceError, a 404 image, an internal-address image the guard
 * refused, the browser's own favicon probe); the mixed-content messages follow the protocol's
 * shapes for an https page (Network.requestWillBeSent's mixedContentType, loadingFailed's
 * blockedReason, a "Mixed Content:" log entry).
 */
class RenderRecorderTest {

  private static final String SESSION = "C369E9ACF69145435CB93EA18DB4BCCE";

  @Test
  void aRecordedPageLoadGivesItsErrorsAndWeight() throws IOException {
    RenderRecorder recorder = new RenderRecorder(SESSION);
    for (JsonObject message : recorded("page-load.jsonl")) {
      if ("Fetch.requestPaused".equals(message.getString("method", ""))) {
        JsonObject params = message.getJsonObject("params");
        String url = params.getJsonObject("request").getString("url");
        if (url.contains("10.20.30.40")) {
          recorder.refused(params.getString("networkId"), url, "INTERNAL_ADDRESS");
        }
        continue;
      }
      recorder.accept(message);
    }
    PageRender render = recorder.findings(List.of(), 0, null);
    String messages = String.join("\n", render.renderMessages());
    assertEquals(BrowserCheck.RENDERED, render.check());
    assertEquals(4, render.renderErrors(), messages);
    assertEquals(
        List.of(
            "console.error: boom from the page",
            "ReferenceError: notDefinedAnywhere is not defined (http://127.0.0.1:38015/:8)",
            "HTTP 404: http://127.0.0.1:38015/missing.png",
            "refused by the outbound policy (INTERNAL_ADDRESS): http://10.20.30.40:8080/tracker.png"),
        sorted(render.renderMessages()),
        messages);
    assertFalse(messages.contains("favicon"), "the browser's own favicon probe is not the page's");
    assertEquals(0, render.mixedContent(), "an http page has no mixed content");
    // 540 (document) + 128 (script) + 117 (404 image) + 117 (favicon)
    assertEquals(902, render.pageBytes());
    assertEquals("http://127.0.0.1:38015/", recorder.pageUrl());
  }

  @Test
  void eventsOfOtherSessionsAreIgnored() throws IOException {
    RenderRecorder recorder = new RenderRecorder("ANOTHER");
    recorded("page-load.jsonl").forEach(recorder::accept);
    PageRender render = recorder.findings(List.of(), 0, null);
    assertEquals(0, render.renderErrors());
    assertEquals(BrowserCheck.TIMED_OUT, render.check(), "no load event seen");
  }

  @Test
  void anHttpsPageAskingForHttpResourcesHasMixedContent() {
    RenderRecorder recorder = new RenderRecorder(null);
    recorder.accept(
        json(
            """
            {"method":"Network.requestWillBeSent","params":{"requestId":"D1","type":"Document",
             "request":{"url":"https://bus.example.gov.cn/app/","mixedContentType":"none"}}}"""));
    // passive content Chromium upgrades to https, still reported as mixed
    recorder.accept(
        json(
            """
            {"method":"Network.requestWillBeSent","params":{"requestId":"2","type":"Image",
             "request":{"url":"https://bus.example.gov.cn/logo.png",
                        "mixedContentType":"optionally-blockable"}}}"""));
    recorder.accept(
        json(
            """
            {"method":"Network.requestWillBeSent","params":{"requestId":"3","type":"Script",
             "request":{"url":"http://cdn.example.com/lib.js","mixedContentType":"blockable"}}}"""));
    recorder.accept(
        json(
            """
            {"method":"Network.loadingFailed","params":{"requestId":"3","type":"Script",
             "errorText":"net::ERR_BLOCKED_BY_CLIENT","canceled":false,
             "blockedReason":"mixed-content"}}"""));
    recorder.accept(
        json(
            """
            {"method":"Log.entryAdded","params":{"entry":{"source":"security","level":"error",
             "text":"Mixed Content: The page at 'https://bus.example.gov.cn/app/' was loaded over HTTPS, but requested an insecure frame 'http://ads.example.com/'. This request has been blocked.",
             "url":"http://ads.example.com/"}}}"""));
    recorder.accept(json("{\"method\":\"Page.loadEventFired\",\"params\":{}}"));
    PageRender render = recorder.findings(List.of(), 0, null);
    assertEquals(3, render.mixedContent(), render.mixedContentUrls().toString());
    assertEquals(
        List.of(
            "https://bus.example.gov.cn/logo.png",
            "http://cdn.example.com/lib.js",
            "http://ads.example.com/"),
        render.mixedContentUrls());
    assertEquals(0, render.renderErrors(), "a blocked mixed load is mixed content, counted once");
    assertTrue(render.hasProblems());
  }

  @Test
  void anHttpPageLoadingHttpIsNotMixed() {
    RenderRecorder recorder = new RenderRecorder(null);
    recorder.accept(
        json(
            """
            {"method":"Network.requestWillBeSent","params":{"requestId":"D1","type":"Document",
             "request":{"url":"http://bus.example.gov.cn/","mixedContentType":"none"}}}"""));
    recorder.accept(
        json(
            """
            {"method":"Network.requestWillBeSent","params":{"requestId":"2","type":"Image",
             "request":{"url":"http://bus.example.gov.cn/a.png","mixedContentType":"none"}}}"""));
    assertEquals(0, recorder.findings(List.of(), 0, null).mixedContent());
  }

  @Test
  void cancelledLoadsAndTheNetworkLogEchoAreNotErrorsButLogErrorsAre() {
    RenderRecorder recorder = new RenderRecorder(null);
    recorder.accept(
        json(
            """
            {"method":"Network.loadingFailed","params":{"requestId":"9","errorText":"net::ERR_ABORTED",
             "canceled":true}}"""));
    recorder.accept(
        json(
            """
            {"method":"Log.entryAdded","params":{"entry":{"source":"network","level":"error",
             "text":"Failed to load resource: net::ERR_CONNECTION_REFUSED","url":"http://x/"}}}"""));
    recorder.accept(
        json(
            """
            {"method":"Log.entryAdded","params":{"entry":{"source":"javascript","level":"error",
             "text":"Refused to execute inline script","url":"https://bus.example.gov.cn/"}}}"""));
    recorder.accept(
        json(
            """
            {"method":"Log.entryAdded","params":{"entry":{"source":"other","level":"warning",
             "text":"A warning"}}}"""));
    PageRender render = recorder.findings(List.of("https://x/gone (HTTP 404)"), 3, new byte[] {1});
    assertEquals(1, render.renderErrors(), render.renderMessages().toString());
    assertEquals(1, render.brokenLinks());
    assertEquals(3, render.linksChecked());
    assertNull(render.withoutScreenshot().screenshot());
  }

  @Test
  void aLongMessageIsShortenedAndOnlyTheFirstFewAreKept() {
    RenderRecorder recorder = new RenderRecorder(null);
    for (int i = 0; i < 8; i++) {
      recorder.accept(
          json(
              "{\"method\":\"Runtime.consoleAPICalled\",\"params\":{\"type\":\"error\",\"args\":"
                  + "[{\"type\":\"string\",\"value\":\""
                  + "x".repeat(300)
                  + "\"}]}}"));
    }
    PageRender render = recorder.findings(List.of(), 0, null);
    assertEquals(8, render.renderErrors());
    assertEquals(PageRender.KEPT, render.renderMessages().size());
    assertEquals(200, render.renderMessages().get(0).length());
  }

  @Test
  void linksAreHttpOnlyDistinctAndWithoutFragments() {
    assertEquals(
        List.of(URI.create("https://a.gov.cn/x?q=1"), URI.create("http://b.gov.cn/")),
        ChromiumPageRenderer.linksOf(
            "[\"https://a.gov.cn/x?q=1#top\",\"https://a.gov.cn/x?q=1\",\"mailto:a@b.c\","
                + "\"javascript:void(0)\",\"http://b.gov.cn/\",\"tel:12345\"]",
            10));
    assertEquals(1, ChromiumPageRenderer.linksOf("[\"http://a/\",\"http://b/\"]", 1).size());
    assertEquals(List.of(), ChromiumPageRenderer.linksOf("not json", 10));
  }

  @Test
  void onlyNetworkAddressesGoToTheGuard() {
    ChromiumPageRenderer.RequestGate refuseAll = address -> Optional.of("HOST_NOT_ALLOWED");
    assertEquals(
        Optional.empty(), ChromiumPageRenderer.refusal("data:image/png;base64,AA", refuseAll));
    assertEquals(Optional.empty(), ChromiumPageRenderer.refusal("blob:https://a/1", refuseAll));
    assertEquals(
        Optional.of("HOST_NOT_ALLOWED"),
        ChromiumPageRenderer.refusal("http://10.0.0.1/", refuseAll));
    assertEquals(
        Optional.of("invalid address"),
        ChromiumPageRenderer.refusal("http://a b/", address -> Optional.empty()));
  }

  @Test
  void theDevToolsAddressIsReadFromTheActivePortFile() {
    assertEquals(
        URI.create("ws://127.0.0.1:39343/devtools/browser/2d34d44f-a67d-4a00"),
        ChromiumProcess.endpointOf("39343\n/devtools/browser/2d34d44f-a67d-4a00\n"));
    assertNull(ChromiumProcess.endpointOf("39343\n"), "written only in part");
    assertNull(ChromiumProcess.endpointOf(""));
  }

  private static List<String> sorted(List<String> items) {
    return items.stream().sorted((a, b) -> order(a) - order(b)).toList();
  }

  private static int order(String message) {
    if (message.startsWith("console")) {
      return 0;
    }
    if (message.startsWith("ReferenceError")) {
      return 1;
    }
    return message.startsWith("HTTP") ? 2 : 3;
  }

  private static List<JsonObject> recorded(String name) throws IOException {
    try (InputStream in = RenderRecorderTest.class.getResourceAsStream(name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().filter(l -> !l.isBlank()).map(RenderRecorderTest::json).toList();
    }
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
