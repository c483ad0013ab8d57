package org.onewindow.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A real upstream HTTP server on loopback, started by a test: the 图4 全国公交查询 interface as an access
 * unit would serve it, answering a known line with the {@code process_response} envelope (001
 * 8.3.4.2) and anything else with 图4's own error body ({@code error_code 211402}). It counts the
 * calls each path received, so tests can show a refused call never reached it.
 *
 * <p>On the suite's upstream port ({@code it.upstream.port}, the one loopback port the server under
 * test may call) one HTTP server serves the whole run, and each test class's {@code SampleUpstream}
 * answers and counts from its construction until it is closed. The platform keeps connections to an
 * upstream alive between calls, and the classes share one deployment: a server closed and opened
 * again on the port by each class would hand the next class dead pooled connections (a restarted
 * upstream's first call fails — reported, for the outbound client).
 */
public final class SampleUpstream implements AutoCloseable {

  public static final int PORT = Integer.getInteger("it.upstream.port", 18090);

  /**
   * The form field by which a test names each of its calls to {@code /bus/line}, so the upstream
   * can say how often one call reached it ({@link #callsWithRequestId}); the gateway forwards the
   * body as the caller signed it.
   */
  public static final String REQUEST_ID = "request_id";

  /** The address an interface registered against this server has. */
  public static String url(String path) {
    return "http://127.0.0.1:" + PORT + path;
  }

  /** The run's server on {@link #PORT}, started by the first class that needs it. */
  private static HttpServer shared;

  /** The class answering on {@link #PORT} now, or null between classes. */
  private static volatile SampleUpstream current;

  private final HttpServer server;
  private final ConcurrentMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, AtomicInteger> callsByPath = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, AtomicInteger> callsByRequestId = new ConcurrentHashMap<>();
  private volatile Map<String, String> lastForm = Map.of();
  private volatile Map<String, String> lastHeaders = Map.of();
  private volatile byte[] lastBody = new byte[0];
  private volatile String lastQuery = "";
  private volatile boolean failing;

  /** The upstream on the suite's port, answering for this test class until closed. */
  public SampleUpstream() {
    synchronized (SampleUpstream.class) {
      if (shared == null) {
        shared = serve(PORT, () -> current);
      }
      current = this;
    }
    server = null;
  }

  /**
   * A server of its own on another port, e.g. one the platform's outbound policy does not allow.
   */
  public SampleUpstream(int port) {
    server = serve(port, () -> this);
  }

  /** Stops the run's server on the suite's port (at the end of the JUnit session). */
  static synchronized void stopShared() {
    if (shared != null) {
      shared.stop(0);
      shared = null;
    }
  }

  private static HttpServer serve(int port, Supplier<SampleUpstream> answering) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("port " + port + " is taken", e);
    }
    route(server, "/bus/line", answering, SampleUpstream::busLine);
    route(server, "/moved", answering, (u, e) -> u.redirect(e, "/bus/line"));
    route(server, "/huge", answering, SampleUpstream::huge);
    route(server, "/held", answering, SampleUpstream::held);
    route(
        server,
        "/broken",
        answering,
        (u, e) -> {
          u.count(e);
          reply(e, 500, "text/plain", "upstream failure");
        });
    // /flaky answers as /bus/line until failing(true), then HTTP 500 until failing(false).
    route(
        server,
        "/flaky",
        answering,
        (u, e) -> {
          if (u.failing) {
            u.count(e);
            reply(e, 500, "text/plain", "upstream failure");
          } else {
            u.busLine(e);
          }
        });
    // /scripted/…: each path answers as its script says (script(path, mode)), /bus/line by default.
    route(server, "/scripted", answering, SampleUpstream::scripted);
    route(
        server,
        "/page",
        answering,
        (u, e) -> {
          u.count(e);
          reply(e, 200, "text/html;charset=UTF-8", "<!DOCTYPE html><html><body>公交出行</body></html>");
        });
    // A page a browser finds wanting: an uncaught script error and a link to a path nobody serves.
    route(
        server,
        "/page-rendering-badly",
        answering,
        (u, e) -> {
          u.count(e);
          reply(
              e,
              200,
              "text/html;charset=UTF-8",
              "<!DOCTYPE html><html><body><p>公交出行</p><a href=\"/zz-nowhere\">线路</a>"
                  + "<script>notDefinedAnywhere();</script></body></html>");
        });
    route(
        server,
        "/page-broken",
        answering,
        (u, e) -> {
          u.count(e);
          reply(e, 200, "text/plain", "维护中");
        });
    server.start();
    return server;
  }

  private interface Handler {
    void handle(SampleUpstream upstream, HttpExchange exchange) throws IOException;
  }

  /** Hands calls of {@code context} to the answering upstream; none between classes: 503. */
  private static void route(
      HttpServer server, String context, Supplier<SampleUpstream> answering, Handler handler) {
    server.createContext(
        context,
        exchange -> {
          SampleUpstream upstream = answering.get();
          if (upstream == null) {
            reply(exchange, 503, "text/plain", "no test is running");
          } else {
            handler.handle(upstream, exchange);
          }
        });
  }

  /**
   * Holds the next call of {@code /held} until {@link Hold#release}: a test sees what the platform
   * does while a call is under way, by the call's arrival rather than by a clock.
   */
  public Hold hold() {
    Hold next = new Hold();
    hold = next;
    return next;
  }

  /** One held call: {@link #arrived} once it reached the upstream, answered after release. */
  public static final class Hold {
    private final java.util.concurrent.CountDownLatch arrived =
        new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch released =
        new java.util.concurrent.CountDownLatch(1);

    /** Waits until the call is at the upstream; false if it never came (a broken test). */
    public boolean arrived() throws InterruptedException {
      return arrived.await(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    public void release() {
      released.countDown();
    }
  }

  private volatile Hold hold = new Hold();

  /** Makes {@code /flaky} fail (HTTP 500) or answer again. */
  public void failing(boolean failing) {
    this.failing = failing;
  }

  public int calls(String path) {
    AtomicInteger count = calls.get(path);
    return count == null ? 0 : count.get();
  }

  public Map<String, String> lastForm() {
    return lastForm;
  }

  /** The last call's headers, names in lower case. */
  public Map<String, String> lastHeaders() {
    return lastHeaders;
  }

  public byte[] lastBody() {
    return lastBody.clone();
  }

  public String lastQuery() {
    return lastQuery;
  }

  private void count(HttpExchange exchange) {
    calls
        .computeIfAbsent(exchange.getHttpContext().getPath(), p -> new AtomicInteger())
        .incrementAndGet();
    callsByPath
        .computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger())
        .incrementAndGet();
  }

  /**
   * Calls to exactly this request path (a context answers every path below its own, so a test can
   * give its interface a path no other test's interface has).
   */
  public int callsTo(String requestPath) {
    AtomicInteger count = callsByPath.get(requestPath);
    return count == null ? 0 : count.get();
  }

  /**
   * How many calls to {@code /bus/line} carried {@code requestId} in their {@link #REQUEST_ID}
   * field: how often one call the test made reached the upstream.
   */
  public int callsWithRequestId(String requestId) {
    AtomicInteger count = callsByRequestId.get(requestId);
    return count == null ? 0 : count.get();
  }

  private void busLine(HttpExchange exchange) throws IOException {
    count(exchange);
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
    lastHeaders = headers;
    byte[] body = exchange.getRequestBody().readAllBytes();
    lastBody = body;
    lastQuery = exchange.getRequestURI().getRawQuery();
    String raw =
        "POST".equals(exchange.getRequestMethod())
            ? new String(body, StandardCharsets.UTF_8)
            : exchange.getRequestURI().getRawQuery();
    Map<String, String> form = form(raw == null ? "" : raw);
    lastForm = form;
    String requestId = form.get(REQUEST_ID);
    if (requestId != null) {
      callsByRequestId.computeIfAbsent(requestId, id -> new AtomicInteger()).incrementAndGet();
    }
    if ("北京".equals(form.get("city")) && "110".equals(form.get("q"))) {
      reply(
          exchange,
          200,
          "application/json;charset=UTF-8",
          """
          {"process_response":{"result_code":"100","date":"2018-04-25","items":[
            {"id":"15485","name":"张三丰","mobile":"13900001234","ctime":"2018-04-25 12:04:23",
             "desc":"110路 机密线路 天安门东—百子湾"}]}}""");
    } else {
      reply(
          exchange,
          200,
          "application/json;charset=UTF-8",
          "{\"reason\":\"没有查询到数据\",\"result\":null,\"error_code\":211402}");
    }
  }

  /** How a {@code /scripted/…} path answers. */
  public enum Script {
    /** As {@code /bus/line}: a conforming envelope, at once. */
    WELL,
    /** As {@code /bus/line}, after {@link #SLOW_MILLIS}. */
    SLOWLY,
    /** HTTP 500. */
    WITH_500,
    /** HTTP 200 with a body that is no JSON at all. */
    WITH_BAD_JSON
  }

  /**
   * How long a {@link Script#SLOWLY} answer takes: twice the 2 s threshold the test sets, far below
   * the call's 10 s limit. Wide margins on both sides: on a loaded 2-core machine a quick answer
   * was once seen above a 100 ms threshold, so the test judged a timing, not the alarm rule.
   */
  public static final long SLOW_MILLIS = 4000;

  private final ConcurrentMap<String, Script> scripts = new ConcurrentHashMap<>();

  /** Makes {@code path} (under {@code /scripted/}) answer as {@code script} from now on. */
  public void script(String path, Script script) {
    scripts.put(path, script);
  }

  private void scripted(HttpExchange exchange) throws IOException {
    Script script = scripts.getOrDefault(exchange.getRequestURI().getPath(), Script.WELL);
    switch (script) {
      case WELL -> busLine(exchange);
      case SLOWLY -> {
        try {
          Thread.sleep(SLOW_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        busLine(exchange);
      }
      case WITH_500 -> {
        count(exchange);
        reply(exchange, 500, "text/plain", "upstream failure");
      }
      case WITH_BAD_JSON -> {
        count(exchange);
        reply(exchange, 200, "application/json;charset=UTF-8", "{\"process_response\": <html>");
      }
    }
  }

  private void held(HttpExchange exchange) throws IOException {
    count(exchange);
    Hold current = hold;
    current.arrived.countDown();
    try {
      current.released.await(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    reply(
        exchange,
        200,
        "application/json;charset=UTF-8",
        "{\"process_response\":{\"result_code\":\"100\",\"date\":\"2018-04-25\",\"items\":[]}}");
  }

  private void redirect(HttpExchange exchange, String to) throws IOException {
    count(exchange);
    exchange.getResponseHeaders().add("Location", url(to));
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void huge(HttpExchange exchange) throws IOException {
    count(exchange);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, 0);
    byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = exchange.getResponseBody()) {
      for (int i = 0; i < 40; i++) { // 2.5 MiB, over the 1 MiB cap
        out.write(chunk);
      }
    } catch (IOException e) {
      // The platform stops reading at its cap and closes: expected.
    }
  }

  private static void reply(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.readAllBytes();
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> form(String raw) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      form.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return form;
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
    } else {
      synchronized (SampleUpstream.class) {
        if (current == this) {
          current = null;
        }
      }
    }
  }
}
