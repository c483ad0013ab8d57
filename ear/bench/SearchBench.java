/*
 * The portal search under load (issue 20, "Performance": search p95 <= 50 ms and suggestion p95
 * <= 20 ms with 50 concurrent queries over 100,000 implementation-list entries), run by
 * ear/bench-search against a platform that published the generated matters:
 *
 *   java ear/bench/SearchBench.java wait   PLATFORM_URL ENTRIES TIMEOUT_SECONDS
 *   java ear/bench/SearchBench.java search PLATFORM_URL THREADS WARMUP_SECONDS SECONDS [METRICS_URL]
 *   java ear/bench/SearchBench.java paths  DIRECTORY COUNT
 *   java ear/bench/SearchBench.java ejb    METRICS_URL
 *
 * "wait" polls the public search until it counts ENTRIES published matters (the index follows the
 * matter feed). "search" runs THREADS clients, each asking one query after another with no pause
 * (a closed loop: 50 queries always in flight), first the searches, then the suggestions, each
 * for WARMUP_SECONDS unmeasured and SECONDS measured, and prints calls/s, p50, p95 and p99. The
 * queries: names, sentences, pinyin, initials, a homophone, codes and filters, as people type them;
 * suggestions: the first one to four characters or letters of those. Given the management
 * interface's METRICS_URL (/metrics, WildFly's EJB statistics), it also prints the server's own
 * mean time per call of SearchService over the measured seconds: the time spent in the search
 * itself, apart from HTTP, JSON and the queue for the CPU before the call.
 *
 * "paths" writes COUNT request paths of each kind, drawn the same way, to DIRECTORY/search.txt and
 * DIRECTORY/suggest.txt, for wrk (ear/bench/search-paths.lua), the load generator ear/bench-search
 * prefers: written in C, it leaves the two cores to the server. "ejb" prints SearchService's
 * execution time so far (ms) and its calls, to measure the server's own time around a wrk run.
 *
 * JDK only, no build of its own; the search and suggestions are public (no token).
 */

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SearchBench {

  static final List<String> SEARCHES =
      List.of(
          "社保", "shebao", "sb", "身份证", "居民身份证换领", "如何办理身份证", "公积金提取", "gjj",
          "驾驶证补领", "jiashizheng", "护照", "户口迁移", "出生登记", "营业执照", "公司注销",
          "不动产登记", "不动产抵押登记", "医保", "异地就医备案", "婚姻登记", "教师资格认定",
          "社宝卡", "失业保险金", "养老保险", "食品经营许可", "施工许可", "纳税证明", "发票",
          "无犯罪记录证明", "残疾人补贴", "hz", "hunyin", "yibao", "个体工商户", "医师执业注册");

  static final List<String> FILTERS =
      List.of("", "", "", "&target=NATURAL_PERSON", "&level=COUNTY", "&sort=name",
          "&nature=PUBLIC_SERVICE", "&divisionCode=330000");

  public static void main(String[] args) throws Exception {
    if (args[0].equals("paths")) {
      writePaths(java.nio.file.Path.of(args[1]), Integer.parseInt(args[2]));
      return;
    }
    if (args[0].equals("ejb")) {
      double[] figures = new ServerTime(args[1]).read();
      System.out.printf("%.3f %.0f%n", figures[0], figures[1]);
      return;
    }
    String base = args[1];
    if (args[0].equals("wait")) {
      waitFor(base, Long.parseLong(args[2]), Long.parseLong(args[3]));
      return;
    }
    int threads = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    String metrics = args.length > 5 ? args[5] : null;
    run("search", base, threads, warmup, seconds, SearchBench::searchUrl, metrics);
    run("suggest", base, threads, warmup, seconds, SearchBench::suggestUrl, metrics);
  }

  interface Urls {
    String next(String base);
  }

  /** COUNT paths of each kind, one a line, for wrk. */
  static void writePaths(java.nio.file.Path directory, int count) throws Exception {
    List<String> searches = new ArrayList<>();
    List<String> suggestions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      searches.add(searchUrl(""));
      suggestions.add(suggestUrl(""));
    }
    java.nio.file.Files.write(directory.resolve("search.txt"), searches);
    java.nio.file.Files.write(directory.resolve("suggest.txt"), suggestions);
  }

  static String searchUrl(String base) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return base + "/api/v1/search?q=" + enc(SEARCHES.get(r.nextInt(SEARCHES.size())))
        + FILTERS.get(r.nextInt(FILTERS.size()))
        + "&offset=" + (r.nextInt(4) == 0 ? 10 : 0);
  }

  static String suggestUrl(String base) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String word = SEARCHES.get(r.nextInt(SEARCHES.size()));
    int length = 1 + r.nextInt(Math.min(4, word.length()));
    if (length == 1 && word.chars().allMatch(c -> c < 128)) {
      length = Math.min(2, word.length());
    }
    return base + "/api/v1/search/suggestions?q=" + enc(word.substring(0, length));
  }

  static void run(
      String what, String base, int threads, int warmup, int seconds, Urls urls, String metrics)
      throws Exception {
    HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
    long end = warmEnd + seconds * 1_000_000_000L;
    List<Future<long[]>> futures = new ArrayList<>();
    ServerTime server = new ServerTime(metrics);
    Thread before = new Thread(() -> server.startAt(warmEnd));
    if (metrics != null) {
      before.start(); // on a thread of its own: the clients' pool stays THREADS strong
    }
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                long[] taken = new long[1 << 16];
                int n = 0;
                int failures = 0;
                while (true) {
                  long start = System.nanoTime();
                  if (start >= end) {
                    break;
                  }
                  HttpResponse<String> response =
                      client.send(
                          HttpRequest.newBuilder(URI.create(urls.next(base)))
                              .timeout(Duration.ofSeconds(30))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  long nanos = System.nanoTime() - start;
                  if (response.statusCode() != 200) {
                    failures++;
                  }
                  if (start >= warmEnd) {
                    if (n == taken.length) {
                      taken = Arrays.copyOf(taken, n * 2);
                    }
                    taken[n++] = nanos;
                  }
                }
                if (failures > 0) {
                  System.err.println(what + ": " + failures + " answers other than 200");
                }
                return Arrays.copyOf(taken, n);
              }));
    }
    List<long[]> parts = new ArrayList<>();
    for (Future<long[]> f : futures) {
      parts.add(f.get());
    }
    before.join();
    server.end();
    pool.shutdown();
    long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(
        "%s: %d calls in %d s = %.0f calls/s, %d concurrent; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
        what, all.length, seconds, all.length / (double) seconds, threads,
        ms(all, 0.50), ms(all, 0.95), ms(all, 0.99));
    server.print(what);
  }

  /** SearchService's calls and execution time (WildFly's EJB statistics) over the measured time. */
  static final class ServerTime {
    private static final Pattern FIGURE =
        Pattern.compile(
            "wildfly_ejb3_(execution_time_total|invocations_total)\\{[^}]*"
                + "stateless_session_bean=\"SearchService\"[^}]*} ([0-9.E+-]+)");
    private final String url;
    private volatile double[] start;
    private double[] end;

    ServerTime(String url) {
      this.url = url;
    }

    void startAt(long nanos) {
      try {
        Thread.sleep(Math.max(0, (nanos - System.nanoTime()) / 1_000_000));
        start = read();
      } catch (Exception e) {
        System.err.println("metrics: " + e);
      }
    }

    void end() {
      if (url != null) {
        try {
          end = read();
        } catch (Exception e) {
          System.err.println("metrics: " + e);
        }
      }
    }

    void print(String what) {
      if (start == null || end == null) {
        return;
      }
      double calls = end[1] - start[1];
      System.out.printf(
          "%s, server side (SearchService EJB, mean over %.0f calls): %.2f ms per call%n",
          what, calls, calls == 0 ? Double.NaN : (end[0] - start[0]) / calls);
    }

    /** Execution time (ms) and invocations so far. */
    double[] read() throws Exception {
      String body =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(URI.create(url)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      double[] figures = new double[2];
      Matcher m = FIGURE.matcher(body);
      while (m.find()) {
        figures[m.group(1).startsWith("execution") ? 0 : 1] = Double.parseDouble(m.group(2));
      }
      return figures;
    }
  }

  static double ms(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  static void waitFor(String base, long entries, long timeoutSeconds) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    Pattern total = Pattern.compile("\"total\":(\\d+)");
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    long started = System.nanoTime();
    long last = -1;
    while (System.nanoTime() < deadline) {
      String body =
          client.send(
                  HttpRequest.newBuilder(URI.create(base + "/api/v1/search?limit=1")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher m = total.matcher(body);
      long now = m.find() ? Long.parseLong(m.group(1)) : -1;
      if (now != last) {
        System.out.printf("indexed: %d (%.0f s)%n", now, (System.nanoTime() - started) / 1e9);
        last = now;
      }
      if (now >= entries) {
        return;
      }
      Thread.sleep(5000);
    }
    throw new IllegalStateException("the index did not reach " + entries + " entries in time");
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
