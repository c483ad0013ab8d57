package org.onewindow.inspection.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.inspection.domain.BrowserCheck;
import org.onewindow.inspection.domain.PageRender;
import org.onewindow.outbound.AddressGuard;
import org.onewindow.outbound.OutboundPolicy;
import org.onewindow.outbound.OutboundRefusedException;
import org.onewindow.outbound.UpstreamClient;
import org.onewindow.outbound.UpstreamOutcome;
import org.onewindow.outbound.UpstreamRequest;

/**
 * The real headless Chromium against a local page (界面巡检, 000 8.2.3 c; 003 6.7.3): a console error,
 * an uncaught exception, a missing image, a broken link and an image on an internal address the
 * address guard refuses — all found, the refused one never reaching its server, and a PNG
 * screenshot taken. Skipped where {@code /usr/bin/chromium} (or {@code -Donewindow.test.chromium})
 * is absent. Mixed content needs an https page and is covered by {@link RenderRecorderTest}.
 */
class ChromiumPageRendererTest {

  private static final Path CHROMIUM =
      Path.of(System.getProperty("onewindow.test.chromium", "/usr/bin/chromium"));

  private HttpServer server;
  private final AtomicInteger goneHits = new AtomicInteger();

  /** Holds the never-finishing page's response open until the test ends. */
  private final java.util.concurrent.CountDownLatch testOver =
      new java.util.concurrent.CountDownLatch(1);

  private int port;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    port = server.getAddress().getPort();
    page("/", 200, "text/html; charset=utf-8", PAGE);
    page("/ok", 200, "text/html", "<p>ok</p>");
    page("/app.js", 200, "text/javascript", "console.log('ready');");
    server.createContext(
        "/gone",
        exchange -> {
          goneHits.incrementAndGet();
          reply(exchange, 404, "text/plain", "gone");
        });
    server.start();
  }

  @AfterEach
  void stop() {
    testOver.countDown();
    server.stop(0);
  }

  private static final String PAGE =
      """
      <!doctype html><html><head><title>t</title><script src="/app.js"></script></head><body>
      <p>Bus lines</p>
      <img src="/missing.png" alt="">
      <img src="http://10.20.30.40:8080/tracker.png" alt="">
      <a href="/ok">ok</a> <a href="/gone">gone</a> <a href="/gone#again">same</a>
      <a href="mailto:someone@example.com">mail</a>
      <script>console.error('boom from the page');</script>
      <script>notDefinedAnywhere();</script>
      </body></html>
      """;

  @Test
  void findsErrorsBrokenLinksAndRefusedRequestsAndTakesAScreenshot() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": browser test skipped");
    AddressGuard guard =
        new AddressGuard(OutboundPolicy.defaults().withLoopbackPorts(Set.of(port)));
    ConcurrentLinkedQueue<JsonObject> recorded = new ConcurrentLinkedQueue<>();
    PageRender render;
    try (UpstreamClient client = new UpstreamClient(guard)) {
      ChromiumPageRenderer renderer =
          new ChromiumPageRenderer(
              new ChromiumPageRenderer.Settings(
                  CHROMIUM, Duration.ofSeconds(15), 20, Duration.ofSeconds(10), List.of()),
              recorded::add);
      render =
          renderer.render(
              URI.create("http://127.0.0.1:" + port + "/"),
              address -> {
                try {
                  guard.check(address);
                  return Optional.empty();
                } catch (OutboundRefusedException e) {
                  return Optional.of(e.reason().name());
                }
              },
              link ->
                  client
                      .callAsync(UpstreamRequest.get(link, Map.of()))
                      .thenApply(
                          r ->
                              r.outcome() == UpstreamOutcome.OK_HTTP_RESPONSE && r.status() < 400
                                  ? Optional.empty()
                                  : Optional.of("HTTP " + r.status())));
    }
    String messages = String.join("\n", render.renderMessages());
    assertEquals(BrowserCheck.RENDERED, render.check(), messages);
    // console.error, the uncaught ReferenceError, the 404 image, the refused internal image
    assertEquals(4, render.renderErrors(), messages);
    assertTrue(messages.contains("boom from the page"), messages);
    assertTrue(messages.contains("notDefinedAnywhere"), messages);
    assertTrue(messages.contains("HTTP 404") && messages.contains("/missing.png"), messages);
    assertTrue(messages.contains("INTERNAL_ADDRESS") && messages.contains("10.20.30.40"), messages);
    // /ok and /gone (its fragment twin is the same link); mailto is no http link
    assertEquals(2, render.linksChecked());
    assertEquals(1, render.brokenLinks(), render.brokenLinkUrls().toString());
    assertTrue(render.brokenLinkUrls().get(0).contains("/gone (HTTP 404)"));
    assertEquals(1, goneHits.get(), "the broken link is fetched once, by the link check");
    assertEquals(0, render.mixedContent());
    assertTrue(render.pageBytes() > PAGE.length(), "page bytes " + render.pageBytes());
    assertNotNull(render.screenshot());
    assertTrue(render.screenshot().length > 8);
    assertEquals((byte) 0x89, render.screenshot()[0]);
    assertEquals('P', render.screenshot()[1]);
    assertFalse(recorded.isEmpty());
    if (Boolean.getBoolean("onewindow.test.recordCdp")) {
      Files.writeString(
          Path.of("target", "cdp-recorded.jsonl"),
          String.join(
              "\n",
              recorded.stream().map(JsonObject::toString).filter(s -> s.length() < 4000).toList()));
    }
  }

  @Test
  void aPageThatNeverLoadsTimesOutAndTheBrowserIsGone() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": browser test skipped");
    server.createContext(
        "/slow",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write("<p>never finished".getBytes(StandardCharsets.UTF_8));
            out.flush();
            testOver.await();
          } catch (InterruptedException | IOException e) {
            // the browser went away
          }
        });
    PageRender render =
        new ChromiumPageRenderer(
                new ChromiumPageRenderer.Settings(
                    CHROMIUM, Duration.ofSeconds(2), 20, Duration.ofSeconds(2), List.of()))
            .render(
                URI.create("http://127.0.0.1:" + port + "/slow"),
                address -> Optional.empty(),
                link -> java.util.concurrent.CompletableFuture.completedFuture(Optional.empty()));
    assertEquals(BrowserCheck.TIMED_OUT, render.check());
    assertTrue(render.hasProblems());
    assertEquals(0, browsersOfThisJvm(), "every browser process of the render is gone");
  }

  private static long browsersOfThisJvm() {
    return ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().command().map(c -> c.contains("chrom")).orElse(false))
        .filter(ProcessHandle::isAlive)
        .count();
  }

  private void page(String path, int status, String type, String body) {
    server.createContext(
        path,
        exchange -> {
          if (!exchange.getRequestURI().getPath().equals(path)) {
            reply(exchange, 404, "text/plain", "not found");
            return;
          }
          reply(exchange, status, type, body);
        });
  }

  private static void reply(
      com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
