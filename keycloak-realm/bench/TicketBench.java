/*
 * Ticket issue + exchange throughput through HTTP (issue 4, "Performance"), run by
 * keycloak-realm/bench-tickets against a real Keycloak with the realm and the demo light app:
 *
 *   java -cp sm-crypto/target/sm-crypto-cli.jar keycloak-realm/bench/TicketBench.java \
 *        KEYCLOAK_URL APP_ORIGIN DEMO_KEYS_DIR WARMUP_SECONDS SECONDS THREADS [EXCHANGE_VIA]
 *
 * Each thread logs the demo citizen in through the real login form (its own SSO session), then
 * repeats what a light app does per user visit: the JSSDK's POST tickets (SSO cookie, Origin) and
 * the backend's POST exchanges (SM2-signed request). One pair in 50 is opened with the SDK, so the
 * figure counts only exchanges that carry a genuine sealed ticket. Prints pairs/s and latencies.
 *
 * With EXCHANGE_VIA (the demo light app's /lightapp-demo/api/session, e.g. through the cluster's
 * balancer, as ear/bench-cluster runs it) the thread posts the ticket there instead, as the light
 * app's page does, and the app's backend on whichever node answers makes the signed exchange, opens
 * the sealed info and answers the masked user: the pair then also crosses the balancer, a node, the
 * node's call to Keycloak and the light app's own (distributable) session. Cookies are kept per
 * thread as a browser keeps them for the host, so the balancer's cookie pins each thread to a node.
 *
 * A single source file (the JDK's source launcher) on sm-crypto's self-contained CLI jar: no build
 * of its own, nothing added to the platform's modules.
 */

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm4.Sm4Key;
import org.onewindow.crypto.ticket.TicketOpener;

public class TicketBench {

  static final String APP = "onewindow-lightapp-demo";
  static final String USER = "citizen";
  static final String PASSWORD = "OneWindow@2026";
  static final Pattern FORM_ACTION = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
  static final Pattern STRING_FIELD = Pattern.compile("\"%s\":\"([^\"]*)\"");

  public static void main(String[] args) throws Exception {
    String keycloak = args[0].replaceAll("/+$", "");
    String origin = args[1];
    Path keys = Path.of(args[2]);
    int warmup = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    int threads = Integer.parseInt(args[5]);
    String via = args.length > 6 ? args[6] : null;
    String tickets = keycloak + "/realms/onewindow/onewindow-tickets";

    Sm2PrivateKey appKey =
        Sm2PrivateKey.fromPem(Files.readString(keys.resolve("demo-lightapp-sm2-key.pem")));
    Sm4Key sealKey =
        Sm4Key.of(
            HexFormat.of()
                .parseHex(Files.readString(keys.resolve("demo-lightapp-sm4-key.hex")).strip()));
    HttpClient http = client();
    String platformPem = field(get(http, tickets + "/platform-key"), "publicKey");
    TicketOpener opener =
        new TicketOpener(
            Sm2PublicKey.fromPem(platformPem.replace("\\n", "\n")),
            APP,
            sealKey,
            Clock.systemUTC(),
            Duration.ofSeconds(60),
            new InMemoryNonceStore());

    List<Worker> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      workers.add(new Worker(keycloak, tickets, origin, appKey, opener, via));
    }
    System.out.printf("warming up %d s with %d threads ...%n", warmup, threads);
    run(workers, warmup);
    workers.forEach(Worker::reset);
    System.out.printf("measuring %d s ...%n", seconds);
    long elapsed = run(workers, seconds);

    long pairs = workers.stream().mapToLong(w -> w.pairs).sum();
    long failures = workers.stream().mapToLong(w -> w.failures).sum();
    List<Long> latencies = new ArrayList<>();
    workers.forEach(w -> latencies.addAll(w.latencies));
    Collections.sort(latencies);
    double rate = pairs / (elapsed / 1e9);
    System.out.println();
    System.out.printf(
        "ticket issue + exchange %s (%d threads, %d s)%n",
        via == null ? "through HTTP" : "via " + via, threads, seconds);
    System.out.printf("  pairs/s        %.0f%n", rate);
    System.out.printf("  pairs          %d (failures %d)%n", pairs, failures);
    System.out.printf("  latency p50    %.1f ms%n", percentile(latencies, 0.50));
    System.out.printf("  latency p99    %.1f ms%n", percentile(latencies, 0.99));
    // One line in GatewayBench's shape, for scripts that collect figures (ear/bench-cluster).
    System.out.printf(
        "tickets %2d threads: %8.1f pairs/s  p50 %6.2f ms  p99 %6.2f ms  failures %d%n",
        threads,
        rate,
        percentile(latencies, 0.50),
        percentile(latencies, 0.99),
        failures);
    if (failures > 0 || pairs == 0) {
      System.exit(1);
    }
  }

  static long run(List<Worker> workers, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    long start = System.nanoTime();
    List<Thread> running = new ArrayList<>();
    for (Worker worker : workers) {
      Thread thread = new Thread(() -> worker.loop(deadline));
      thread.start();
      running.add(thread);
    }
    for (Thread thread : running) {
      thread.join();
    }
    return System.nanoTime() - start;
  }

  static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }

  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  static String get(HttpClient http, String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile(String.format(STRING_FIELD.pattern(), name)).matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  /** One user agent and one app backend: its own SSO session, connections and counters. */
  static final class Worker {
    final String tickets;
    final String origin;
    final RequestSigner signer;
    final TicketOpener opener;
    final String via;
    final HttpClient http = client();
    final Map<String, String> cookies = new LinkedHashMap<>();
    long pairs;
    long failures;
    final List<Long> latencies = new ArrayList<>();
    static final AtomicLong OPENED = new AtomicLong();

    Worker(
        String keycloak,
        String tickets,
        String origin,
        Sm2PrivateKey key,
        TicketOpener opener,
        String via)
        throws Exception {
      this.tickets = tickets;
      this.via = via;
      this.origin = origin;
      this.signer = new RequestSigner(APP, key, Clock.systemUTC());
      this.opener = opener;
      logIn(keycloak);
    }

    void reset() {
      pairs = 0;
      failures = 0;
      latencies.clear();
    }

    /** The real login form of the realm, as a browser submits it. */
    void logIn(String keycloak) throws Exception {
      String redirect = URLEncoder.encode(origin + "/portal/me.xhtml", StandardCharsets.UTF_8);
      HttpResponse<String> page =
          send(
              HttpRequest.newBuilder(
                      URI.create(
                          keycloak
                              + "/realms/onewindow/protocol/openid-connect/auth?client_id="
                              + "onewindow-portal&response_type=code&scope=openid&redirect_uri="
                              + redirect))
                  .GET());
      Matcher action = FORM_ACTION.matcher(page.body());
      if (!action.find()) {
        throw new IllegalStateException("no login form: " + page.statusCode());
      }
      String form =
          "username="
              + URLEncoder.encode(USER, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
      HttpResponse<String> done =
          send(
              HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form)));
      if (!done.headers().firstValue("Location").orElse("").contains("code=")) {
        throw new IllegalStateException("login failed: " + done.statusCode());
      }
    }

    void loop(long deadline) {
      while (System.nanoTime() < deadline) {
        long start = System.nanoTime();
        try {
          onePair();
          pairs++;
          latencies.add(System.nanoTime() - start);
        } catch (Exception e) {
          failures++;
          if (failures <= 3) {
            System.err.println("failure: " + e.getMessage());
          }
        }
      }
    }

    void onePair() throws Exception {
      HttpResponse<String> issued =
          send(
              HttpRequest.newBuilder(URI.create(tickets + "/tickets?app=" + APP))
                  .header("Origin", origin)
                  .POST(HttpRequest.BodyPublishers.noBody()));
      if (issued.statusCode() != 200) {
        throw new IllegalStateException("issue " + issued.statusCode() + " " + issued.body());
      }
      String ticket = field(issued.body(), "ticket");
      if (via != null) {
        exchangeVia(ticket);
        return;
      }
      URI exchange = URI.create(tickets + "/exchanges");
      byte[] body = ("{\"ticket\":\"" + ticket + "\"}").getBytes(StandardCharsets.UTF_8);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(exchange)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      signer.sign(RequestParts.of("POST", exchange, body)).headers().forEach(request::header);
      HttpResponse<String> exchanged =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (exchanged.statusCode() != 200) {
        throw new IllegalStateException(
            "exchange " + exchanged.statusCode() + " " + exchanged.body());
      }
      if (OPENED.incrementAndGet() % 50 == 0) {
        opener.open(field(exchanged.body(), "userInfo"));
      }
    }

    /** The light app's page posting the ticket to its backend, which exchanges it. */
    void exchangeVia(String ticket) throws Exception {
      HttpResponse<String> answered =
          send(
              HttpRequest.newBuilder(URI.create(via))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"ticket\":\"" + ticket + "\"}")));
      // Each pair is a user's first visit to the light app: its session cookie is not kept for the
      // next pair. (Kept, every later exchange would end the previous session first; on WildFly's
      // distributable sessions that made each pair wait about 15 s — reported in issue 17.)
      cookies.remove("JSESSIONID");
      if (answered.statusCode() != 200 || !answered.body().contains("\"code\":0")) {
        throw new IllegalStateException(
            "exchange via the app " + answered.statusCode() + " " + answered.body());
      }
    }

    /** Sends with this worker's cookies and keeps the ones the answer sets. */
    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      if (!cookies.isEmpty()) {
        StringBuilder header = new StringBuilder();
        cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        request.header("Cookie", header.toString());
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String set : response.headers().allValues("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
          cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
      return response;
    }
  }
}
