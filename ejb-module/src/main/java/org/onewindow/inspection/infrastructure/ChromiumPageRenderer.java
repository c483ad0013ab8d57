package org.onewindow.inspection.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.onewindow.inspection.domain.PageRender;

/**
 * Renders one app page in headless Chromium and reports what it found (000 8.2.3 c 界面巡检; 003
 * 6.7.3): console errors, uncaught exceptions, failed loads, mixed content, page weight, a PNG
 * screenshot of a phone-sized viewport (H5 apps are made for phones), and the page's links checked.
 *
 * <p><b>Bounded.</b> One page at a time per node (a semaphore over every partition's thread); the
 * page has {@link Settings#pageTimeout} to fire its load event, the script and screenshot a few
 * seconds each, the links one budget together; afterwards the browser's whole process tree is
 * killed and its profile deleted, whatever happened.
 *
 * <p><b>Guarded.</b> Every request the page's target makes is held by {@code Fetch.enable} until
 * the {@link RequestGate} (the outbound address guard: scheme, port, host rules and every address
 * the host resolves to) has judged it; a refused one is failed ({@code BlockedByClient}) and
 * counted as a render error. What this does <em>not</em> guard: (1) Chromium resolves the name
 * again itself, so a host whose DNS answer changes between the guard's lookup and the browser's
 * could move a request inside (DNS rebinding; the guarded client has no such gap, the browser
 * does); (2) WebSocket connections and WebRTC traffic, which {@code Fetch} does not intercept
 * (WebRTC's non-proxied UDP is switched off); (3) requests of the page's dedicated or service
 * workers, which are other targets; (4) the browser's own background traffic, switched off by flags
 * rather than intercepted. A network egress filter for the server remains the control that holds
 * regardless (as for the guarded client, README "Outbound calls").
 */
public final class ChromiumPageRenderer {

  private static final Logger LOG = Logger.getLogger(ChromiumPageRenderer.class.getName());

  /** One page at a time on this node: a browser costs a few hundred MB. */
  private static final Semaphore ONE_PAGE = new Semaphore(1);

  private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(5);

  /** After the load event, late scripts and requests still have this long to show their errors. */
  private static final Duration SETTLE = Duration.ofMillis(500);

  /** Judges a request of the page before it is sent: a refusal reason, or empty to let it go. */
  @FunctionalInterface
  public interface RequestGate {
    Optional<String> refusal(URI address);
  }

  /** Checks one link: why it is broken, or empty when it works. Never throws. */
  @FunctionalInterface
  public interface LinkChecker {
    CompletableFuture<Optional<String>> broken(URI link);
  }

  /**
   * @param executable the chromium binary or launcher
   * @param pageTimeout how long the page has to load
   * @param maxLinks how many of its links are checked at most
   * @param linkBudget how long the link checks may take together
   * @param extraArguments further switches (tests only: {@code --ignore-certificate-errors})
   */
  public record Settings(
      Path executable,
      Duration pageTimeout,
      int maxLinks,
      Duration linkBudget,
      List<String> extraArguments) {

    public Settings {
      extraArguments = List.copyOf(extraArguments);
    }
  }

  private final Settings settings;

  /** Sees every protocol message of the page's session (tests record them); never blocks. */
  private final java.util.function.Consumer<JsonObject> tap;

  public ChromiumPageRenderer(Settings settings) {
    this(settings, message -> {});
  }

  ChromiumPageRenderer(Settings settings, java.util.function.Consumer<JsonObject> tap) {
    this.settings = settings;
    this.tap = tap;
  }

  /**
   * Renders the page.
   *
   * @return the findings; {@link org.onewindow.inspection.domain.BrowserCheck#TIMED_OUT} when the
   *     page did not load in time
   * @throws IOException when the browser could not be started or driven (our side, not the page's)
   */
  public PageRender render(URI page, RequestGate gate, LinkChecker links) throws IOException {
    try {
      if (!ONE_PAGE.tryAcquire(settings.pageTimeout().toMillis() * 2, TimeUnit.MILLISECONDS)) {
        throw new IOException("another page is being rendered on this node");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the browser", e);
    }
    Rendered rendered;
    try {
      rendered = renderInBrowser(page, gate);
    } finally {
      ONE_PAGE.release();
    }
    // The browser is gone by now: the links are checked through the guarded client.
    List<String> broken = checkLinks(rendered.links(), links);
    return rendered
        .recorder()
        .findings(
            broken, Math.min(rendered.links().size(), settings.maxLinks()), rendered.screenshot());
  }

  private record Rendered(
      RenderRecorder recorder, boolean loaded, List<URI> links, byte[] screenshot) {}

  private Rendered renderInBrowser(URI page, RequestGate gate) throws IOException {
    BlockingQueue<JsonObject> paused = new LinkedBlockingQueue<>();
    Session session = new Session(tap);
    List<String> arguments = new ArrayList<>(settings.extraArguments());
    arguments.add("--dns-prefetch-disable");
    arguments.add("--force-webrtc-ip-handling-policy=disable_non_proxied_udp");
    try (ChromiumProcess browser =
            ChromiumProcess.start(settings.executable(), arguments, START_TIMEOUT);
        CdpConnection cdp =
            CdpConnection.open(browser.endpoint(), session.dispatcher(paused), STEP_TIMEOUT)) {
      String targetId =
          cdp.call(null, "Target.createTarget", params("url", "about:blank"), STEP_TIMEOUT)
              .getString("targetId");
      String sessionId =
          cdp.call(
                  null,
                  "Target.attachToTarget",
                  Json.createObjectBuilder().add("targetId", targetId).add("flatten", true).build(),
                  STEP_TIMEOUT)
              .getString("sessionId");
      RenderRecorder recorder = new RenderRecorder(sessionId);
      session.start(sessionId, recorder);
      for (String domain : List.of("Network", "Page", "Runtime", "Log")) {
        cdp.call(sessionId, domain + ".enable", null, STEP_TIMEOUT);
      }
      cdp.call(sessionId, "Network.setCacheDisabled", params("cacheDisabled", true), STEP_TIMEOUT);
      cdp.call(
          sessionId,
          "Emulation.setDeviceMetricsOverride",
          Json.createObjectBuilder()
              .add("width", 390)
              .add("height", 844)
              .add("deviceScaleFactor", 1)
              .add("mobile", true)
              .build(),
          STEP_TIMEOUT);
      cdp.call(
          sessionId,
          "Fetch.enable",
          Json.createObjectBuilder()
              .add(
                  "patterns",
                  Json.createArrayBuilder().add(Json.createObjectBuilder().add("urlPattern", "*")))
              .build(),
          STEP_TIMEOUT);

      long deadline = System.nanoTime() + settings.pageTimeout().toNanos();
      CompletableFuture<JsonObject> navigated =
          cdp.send(sessionId, "Page.navigate", params("url", page.toString()));
      pump(cdp, sessionId, paused, gate, recorder, () -> navigated.isDone(), deadline);
      String navigationError = navigationError(navigated);
      if (navigationError != null) {
        recorder.navigationFailed(page.toString(), navigationError);
      }
      boolean loaded = pump(cdp, sessionId, paused, gate, recorder, recorder::loaded, deadline);
      // Let late errors show; a page that never loads gets no extra time.
      long settle = Math.min(deadline, System.nanoTime() + SETTLE.toNanos());
      pump(cdp, sessionId, paused, gate, recorder, () -> false, settle);

      List<URI> links = loaded ? links(cdp, sessionId, paused, gate, recorder) : List.of();
      byte[] screenshot = screenshot(cdp, sessionId, paused, gate, recorder);
      return new Rendered(recorder, loaded, links, screenshot);
    }
  }

  /**
   * Serves held requests until {@code done} or the deadline: on this thread, so the guard's name
   * lookups never run on the WebSocket's.
   *
   * @return whether {@code done} came true in time
   */
  private static boolean pump(
      CdpConnection cdp,
      String sessionId,
      BlockingQueue<JsonObject> paused,
      RequestGate gate,
      RenderRecorder recorder,
      BooleanSupplier done,
      long deadline) {
    while (!done.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      try {
        JsonObject held = paused.poll(Math.min(left, 50_000_000L), TimeUnit.NANOSECONDS);
        if (held != null) {
          release(cdp, sessionId, held, gate, recorder);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /** Lets a held request go on, or fails it when the guard refuses its address. */
  private static void release(
      CdpConnection cdp,
      String sessionId,
      JsonObject held,
      RequestGate gate,
      RenderRecorder recorder) {
    JsonObject params = held.getJsonObject("params");
    String requestId = params.getString("requestId");
    String url = params.getJsonObject("request").getString("url", "");
    Optional<String> refusal = refusal(url, gate);
    if (refusal.isPresent()) {
      recorder.refused(params.getString("networkId", null), url, refusal.get());
      cdp.send(
          sessionId,
          "Fetch.failRequest",
          Json.createObjectBuilder()
              .add("requestId", requestId)
              .add("errorReason", "BlockedByClient")
              .build());
    } else {
      cdp.send(sessionId, "Fetch.continueRequest", params("requestId", requestId));
    }
  }

  /** Network addresses go to the guard; {@code data:} and {@code blob:} stay in the browser. */
  static Optional<String> refusal(String url, RequestGate gate) {
    String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')) : "";
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (scheme.equals("data") || scheme.equals("blob") || scheme.equals("about")) {
      return Optional.empty();
    }
    try {
      return gate.refusal(URI.create(url));
    } catch (IllegalArgumentException e) {
      return Optional.of("invalid address");
    }
  }

  private static List<URI> links(
      CdpConnection cdp,
      String sessionId,
      BlockingQueue<JsonObject> paused,
      RequestGate gate,
      RenderRecorder recorder) {
    CompletableFuture<JsonObject> evaluated =
        cdp.send(
            sessionId,
            "Runtime.evaluate",
            Json.createObjectBuilder()
                .add(
                    "expression",
                    "JSON.stringify(Array.from(document.querySelectorAll('a[href]'), a => a.href))")
                .add("returnByValue", true)
                .build());
    long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
    if (!pump(cdp, sessionId, paused, gate, recorder, evaluated::isDone, deadline)
        || evaluated.isCompletedExceptionally()) {
      return List.of();
    }
    JsonValue value = evaluated.join().getJsonObject("result").get("value");
    return value instanceof JsonString json
        ? linksOf(json.getString(), Integer.MAX_VALUE)
        : List.of();
  }

  /**
   * The distinct {@code http(s)} links of a JSON array of {@code a.href}s, without their fragments,
   * at most {@code max}.
   */
  static List<URI> linksOf(String jsonArray, int max) {
    Set<URI> links = new LinkedHashSet<>();
    try (JsonReader reader = Json.createReader(new StringReader(jsonArray))) {
      JsonArray hrefs = reader.readArray();
      for (JsonValue href : hrefs) {
        if (links.size() >= max || !(href instanceof JsonString text)) {
          continue;
        }
        try {
          URI link = URI.create(text.getString().strip());
          String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
          if (scheme.equals("http") || scheme.equals("https")) {
            links.add(new URI(link.getScheme(), link.getRawSchemeSpecificPart(), null));
          }
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
          // not an address a link check could call
        }
      }
    } catch (RuntimeException e) {
      return List.of();
    }
    return List.copyOf(links);
  }

  private static byte[] screenshot(
      CdpConnection cdp,
      String sessionId,
      BlockingQueue<JsonObject> paused,
      RequestGate gate,
      RenderRecorder recorder) {
    CompletableFuture<JsonObject> captured =
        cdp.send(sessionId, "Page.captureScreenshot", params("format", "png"));
    long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
    if (!pump(cdp, sessionId, paused, gate, recorder, captured::isDone, deadline)
        || captured.isCompletedExceptionally()) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(captured.join().getString("data", ""));
    } catch (IllegalArgumentException | ClassCastException e) {
      return null;
    }
  }

  /**
   * Checks the first links, together, within the link budget; a link not answered is not judged.
   */
  private List<String> checkLinks(List<URI> found, LinkChecker checker) {
    List<URI> checked = found.stream().limit(settings.maxLinks()).toList();
    Map<URI, CompletableFuture<Optional<String>>> checks = new LinkedHashMap<>();
    for (URI link : checked) {
      checks.put(link, checker.broken(link));
    }
    long deadline = System.nanoTime() + settings.linkBudget().toNanos();
    List<String> broken = new ArrayList<>();
    for (Map.Entry<URI, CompletableFuture<Optional<String>>> check : checks.entrySet()) {
      try {
        long left = Math.max(0, deadline - System.nanoTime());
        check
            .getValue()
            .get(left, TimeUnit.NANOSECONDS)
            .ifPresent(reason -> broken.add(check.getKey() + " (" + reason + ")"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        LOG.fine(() -> "link not judged: " + check.getKey());
      }
    }
    return broken;
  }

  private static String navigationError(CompletableFuture<JsonObject> navigated) {
    if (!navigated.isDone()) {
      return null;
    }
    if (navigated.isCompletedExceptionally()) {
      return "navigation failed";
    }
    String error = navigated.join().getString("errorText", "");
    return error.isEmpty() ? null : error;
  }

  private static JsonObject params(String name, String value) {
    return Json.createObjectBuilder().add(name, value).build();
  }

  private static JsonObject params(String name, boolean value) {
    return Json.createObjectBuilder().add(name, value).build();
  }

  /** Routes the page session's events: held requests to the queue, everything to the recorder. */
  private static final class Session {
    private final java.util.function.Consumer<JsonObject> tap;
    private volatile String sessionId;
    private volatile RenderRecorder recorder;

    Session(java.util.function.Consumer<JsonObject> tap) {
      this.tap = tap;
    }

    void start(String id, RenderRecorder pageRecorder) {
      this.recorder = pageRecorder;
      this.sessionId = id;
    }

    java.util.function.Consumer<JsonObject> dispatcher(BlockingQueue<JsonObject> paused) {
      return message -> {
        String id = sessionId;
        if (id == null || !id.equals(message.getString("sessionId", null))) {
          return;
        }
        tap.accept(message);
        if ("Fetch.requestPaused".equals(message.getString("method", ""))) {
          paused.add(message);
        } else {
          recorder.accept(message);
        }
      };
    }
  }
}
