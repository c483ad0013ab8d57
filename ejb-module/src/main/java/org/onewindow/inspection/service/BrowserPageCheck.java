package org.onewindow.inspection.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.onewindow.common.Messages;
import org.onewindow.files.FileStore;
import org.onewindow.inspection.domain.PageRender;
import org.onewindow.inspection.infrastructure.ChromiumPageRenderer;
import org.onewindow.outbound.OutboundCallService;
import org.onewindow.outbound.OutboundRefusedException;
import org.onewindow.outbound.UpstreamOutcome;
import org.onewindow.outbound.UpstreamRequest;
import org.onewindow.outbound.UpstreamResult;

/**
 * 界面巡检 in a real browser (000 8.2.3 c; 003 6.7.3): renders an online app's page in headless
 * Chromium when the node has one ({@value #CHROMIUM}), its requests judged by the node's address
 * guard and its links checked through the guarded outbound client, and keeps the screenshot in the
 * file store. Without a configured browser the page keeps today's HTTP-only check and the record
 * says the browser check was not available — never a failure for that.
 *
 * <p>Called by the inspection job's thread, outside any transaction (the render takes seconds).
 */
@ApplicationScoped
public class BrowserPageCheck {

  /** The chromium binary; absent ⇒ no browser check on this node. */
  public static final String CHROMIUM = "onewindow.inspection.chromium";

  /** How long a page has to fire its load event, milliseconds (default 15000). */
  public static final String PAGE_TIMEOUT = "onewindow.inspection.page.timeout-ms";

  /** How many of a page's links are checked at most (default 20). */
  public static final String MAX_LINKS = "onewindow.inspection.page.max-links";

  /** Bytes above which a page is noted as heavy, a finding not a failure (default 5 MiB). */
  public static final String HEAVY_BYTES = "onewindow.inspection.page.heavy-bytes";

  private static final Logger LOG = Logger.getLogger(BrowserPageCheck.class.getName());

  @EJB private OutboundCallService outbound;

  @Inject private Clock clock;

  private FileStore store;

  @PostConstruct
  void open() {
    store = InspectionFileStores.store(clock);
  }

  /** The heavy-page threshold in bytes. */
  public long heavyBytes() {
    return Long.getLong(HEAVY_BYTES, 5L << 20);
  }

  /**
   * Renders the page of a target whose HTTP check passed, and stores its screenshot.
   *
   * @return what the browser found (the screenshot's bytes dropped once stored) and the stored
   *     screenshot's name, or {@code null}
   */
  public Rendered render(InspectionTarget target) {
    Optional<Path> chromium = chromium();
    if (chromium.isEmpty()) {
      return new Rendered(PageRender.notAvailable(text("inspection.browser.notConfigured")), null);
    }
    URI page = target.request().address();
    PageRender render;
    try {
      render = renderer(chromium.get()).render(page, this::refusal, this::broken);
    } catch (IOException | RuntimeException e) {
      LOG.warning("browser check of " + target.label() + " not done: " + e);
      return new Rendered(PageRender.notAvailable(text("inspection.browser.failed")), null);
    }
    return new Rendered(render.withoutScreenshot(), keep(render.screenshot()));
  }

  /**
   * A render's findings and its stored screenshot.
   *
   * @param render the findings, without the screenshot's bytes
   * @param screenshot the stored screenshot's name, or {@code null}
   */
  public record Rendered(PageRender render, String screenshot) {}

  private ChromiumPageRenderer renderer(Path chromium) {
    return new ChromiumPageRenderer(
        new ChromiumPageRenderer.Settings(
            chromium,
            Duration.ofMillis(Math.max(1000, Long.getLong(PAGE_TIMEOUT, 15_000))),
            Math.max(0, Integer.getInteger(MAX_LINKS, 20)),
            outbound.client() == null ? Duration.ofSeconds(10) : linkBudget(),
            List.of()));
  }

  private Duration linkBudget() {
    return outbound.guard().policy().requestTimeout().plusSeconds(1);
  }

  /** The configured browser, if it is there and runnable. */
  static Optional<Path> chromium() {
    String configured = System.getProperty(CHROMIUM, "").strip();
    if (configured.isEmpty()) {
      return Optional.empty();
    }
    Path path = Path.of(configured);
    if (!Files.isExecutable(path)) {
      LOG.warning(CHROMIUM + "=" + configured + " is not an executable: no browser check");
      return Optional.empty();
    }
    return Optional.of(path);
  }

  /** The guard's judgement of one request of the page: scheme, port, host and its addresses. */
  private Optional<String> refusal(URI address) {
    try {
      outbound.guard().check(address);
      return Optional.empty();
    } catch (OutboundRefusedException e) {
      return Optional.of(e.reason().name());
    }
  }

  /**
   * One link through the guarded client: HTTP 400 or above, or no answer (connection, TLS or
   * timeout), is broken; a refusal by the guard is not judged (the address is not ours to call),
   * nor is a body over the size limit (it answered).
   */
  private CompletableFuture<Optional<String>> broken(URI link) {
    try {
      return outbound
          .client()
          .callAsync(UpstreamRequest.get(link, Map.of()))
          .thenApply(BrowserPageCheck::brokenBy)
          .exceptionally(e -> Optional.empty());
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
  }

  static Optional<String> brokenBy(UpstreamResult result) {
    UpstreamOutcome outcome = result.outcome();
    if (outcome == UpstreamOutcome.OK_HTTP_RESPONSE) {
      return result.status() >= 400 ? Optional.of("HTTP " + result.status()) : Optional.empty();
    }
    if (outcome == UpstreamOutcome.REFUSED_BY_POLICY || outcome == UpstreamOutcome.TOO_LARGE) {
      return Optional.empty();
    }
    return Optional.of(result.message());
  }

  private String keep(byte[] png) {
    if (png == null || png.length == 0) {
      return null;
    }
    try {
      return store
          .store(
              org.onewindow.inspection.domain.InspectionFileKind.PAGE_SCREENSHOT,
              new ByteArrayInputStream(png),
              "screenshot.png")
          .storageName();
    } catch (IOException | RuntimeException e) {
      LOG.warning("page screenshot not kept: " + e);
      return null;
    }
  }

  private static String text(String key) {
    return Messages.text(key, Messages.PLATFORM_LOCALE);
  }
}
