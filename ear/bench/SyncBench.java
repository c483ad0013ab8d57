import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.onewindow.crypto.Sm3;

/**
 * The inbound sync against PostgreSQL's COPY (issue 19 item 3, "Scale": the goal is >= 30 % of
 * COPY's rate). Run by ear/bench-sync on sm-crypto's CLI jar (SM3 of the manifests):
 *
 * <pre>
 *   generate DIR N [FIRST]   N case records (docs/wire-formats.md §7) as JSON-lines batch files of
 *                            100,000 with manifests in DIR/inbound/cases, and the same rows as
 *                            DIR/copy.csv for COPY; numbered from FIRST (default 0, a multiple of
 *                            100,000), so that a warm-up's cases are others than the measured
 *   run PLATFORM REALM       case-inbound as the demo administrator; prints its records/s over
 *                            the execution's own start and end (the server's times)
 * </pre>
 *
 * The generator is seeded (the same N gives the same files). Until the casework capability's
 * test-jar CaseRecords.generate lands it makes the field maps itself.
 */
public class SyncBench {

  static final int PER_FILE = 100_000;
  static final String OTP_SECRET = "J5XGKV3JNZSG652EMVWW6T2UKAZDAMRW"; // documented demo secret
  static final String PASSWORD = "OneWindow@2026"; // documented demo password
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static final String[] COLUMNS = {
    "case_no", "matter_code", "matter_name", "department_code", "department_name", "division_code",
    "applicant_type", "applicant_name", "applicant_id_type", "applicant_id_number",
    "applicant_phone", "materials", "accepted_at", "updated_at"
  };

  /**
   * The bench's Chinese data: bench-data.properties beside this source file (UTF-8), found through
   * the source launcher's jdk.launcher.sourcefile (else in the working directory's ear/bench).
   * Each bench carries this loader: a single-file program (JDK 17) cannot share a class.
   */
  static final Properties DATA = data();

  static Properties data() {
    String source = System.getProperty("jdk.launcher.sourcefile", "ear/bench/SyncBench.java");
    Path file = Path.of(source).resolveSibling("bench-data.properties");
    Properties data = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      data.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("bench data missing: " + file.toAbsolutePath(), e);
    }
    return data;
  }

  static final String[] SURNAMES = DATA.getProperty("sync.surnames").split(" ");
  static final String[] GIVEN = DATA.getProperty("sync.given").split(" ");
  static final String MATTER_NAME = DATA.getProperty("sync.matterName");
  static final String DEPARTMENT_NAME = DATA.getProperty("sync.departmentName");
  static final String MATERIALS = DATA.getProperty("sync.materials");

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "generate" ->
          generate(Path.of(args[1]), Long.parseLong(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 0);
      case "run" -> run(args[1], args[2], args.length > 3 ? args[3] : "1000");
      default -> throw new IllegalArgumentException("generate DIR N | run PLATFORM REALM [CHUNK]");
    }
  }

  static void generate(Path dir, long n, long first) throws IOException {
    Path inbox = Files.createDirectories(dir.resolve("inbound/cases"));
    Random random = new Random(19);
    try (BufferedWriter copy = Files.newBufferedWriter(dir.resolve("copy.csv"))) {
      for (long from = first; from < first + n; from += PER_FILE) {
        long count = Math.min(PER_FILE, first + n - from);
        StringBuilder lines = new StringBuilder((int) count * 520);
        for (long i = from; i < from + count; i++) {
          String[] row = row(i, random);
          lines.append('{');
          for (int c = 0; c < COLUMNS.length; c++) {
            if (c > 0) lines.append(',');
            lines.append('"').append(COLUMNS[c]).append("\":\"").append(row[c]).append('"');
          }
          lines.append("}\n");
          copy.write(String.join("\t", row));
          copy.write('\n');
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        String name = String.format("bench-%06d.jsonl", from / PER_FILE);
        Files.write(inbox.resolve(name), bytes);
        Files.writeString(
            inbox.resolve(name + ".manifest.json"),
            "{\"file\":\"" + name + "\",\"records\":" + count + ",\"sm3\":\""
                + HexFormat.of().formatHex(Sm3.digest(bytes)) + "\",\"encoding\":\"UTF-8\"}");
      }
    }
    System.out.println("generated " + n + " records in " + inbox);
  }

  static String[] row(long i, Random random) {
    String no = String.format("BENCH-%010d", i);
    String name =
        SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
            + GIVEN[random.nextInt(GIVEN.length)];
    String id17 = String.format("110105%04d%02d%02d%03d", 1950 + random.nextInt(50),
        1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
    String accepted = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 7).toString();
    return new String[] {
      no, "MATTER" + String.format("%04d", i % 500), MATTER_NAME, "DEPT" + (i % 40), DEPARTMENT_NAME + (i % 40),
      "110105", "NATURAL_PERSON", name, "RESIDENT_ID_CARD", id17 + check(id17),
      "139" + String.format("%08d", random.nextInt(100_000_000)), MATERIALS, accepted, accepted
    };
  }

  /** GB 11643's check character. */
  static char check(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * weights[i];
    return "10X98765432".charAt(sum % 11);
  }

  static void run(String platform, String realm, String chunk) throws Exception {
    String admin = administratorToken(realm, platform, "admin");
    String answer = post(platform + "/api/v1/jobs/case-inbound/executions", admin,
        "{\"parameters\":{\"chunkSize\":" + chunk + "}}");
    String id = number(answer, "executionId");
    String execution;
    long login = System.nanoTime();
    while (true) {
      Thread.sleep(2_000);
      if ((System.nanoTime() - login) / 1e9 > 180) {
        admin = administratorToken(realm, platform, "admin"); // a token lasts minutes
        login = System.nanoTime();
      }
      execution = get(platform + "/api/v1/jobs/executions/" + id, admin);
      if (!execution.matches("(?s).*\"status\":\"(STARTING|STARTED)\".*")) break;
    }
    // The execution's own start and end, not this poll's: it looks every 2 s.
    double seconds =
        Duration.between(Instant.parse(field(execution, "startedAt")), Instant.parse(field(execution, "endedAt")))
                .toMillis() / 1e3;
    long read = Long.parseLong(number(execution, "itemsRead"));
    System.out.println("case-inbound: " + execution);
    System.out.printf("inbound: %d records in %.1f s = %.0f records/s%n", read, seconds, read / seconds);
  }

  // --- HTTP and the administrator's login (as ear/bench/GatewayBench.java) ------------------------

  static final Pattern ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
  static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

  static String administratorToken(String realm, String platform, String user) throws Exception {
    String redirect = platform + "/console/";
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(realm
        + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id=onewindow-console"
        + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    String cookies = cookies(page, "");
    HttpResponse<String> otpPage = formPost(action(page.body()),
        "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), cookies);
    cookies = cookies(otpPage, cookies);
    HttpResponse<String> done = formPost(action(otpPage.body()), "otp=" + totp() + "&login=", cookies);
    Matcher code = CODE.matcher(done.headers().firstValue("Location").orElseThrow(
        () -> new IllegalStateException("OTP not accepted (a code serves once per 30 s): " + done.statusCode())));
    code.find();
    HttpResponse<String> token = formPost(realm + "/protocol/openid-connect/token",
        "grant_type=authorization_code&code=" + code.group(1)
            + "&client_id=onewindow-console&client_secret=demo-console-secret&redirect_uri="
            + URLEncoder.encode(redirect, StandardCharsets.UTF_8), "");
    return field(token.body(), "access_token");
  }

  static String action(String html) {
    Matcher m = ACTION.matcher(html);
    if (!m.find()) throw new IllegalStateException("no form in the page");
    return m.group(1).replace("&amp;", "&");
  }

  static String cookies(HttpResponse<?> response, String before) {
    StringBuilder all = new StringBuilder(before);
    for (String c : response.headers().allValues("Set-Cookie")) {
      if (all.length() > 0) all.append("; ");
      all.append(c, 0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
    }
    return all.toString();
  }

  static HttpResponse<String> formPost(String url, String body, String cookies) throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded");
    if (!cookies.isEmpty()) builder.header("Cookie", cookies);
    return HTTP.send(builder.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String post(String url, String bearer, String json) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
    return r.body();
  }

  static String get(String url, String bearer) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
    return r.body();
  }

  static String number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    if (!m.find()) throw new IllegalStateException("no " + name + " in " + json);
    return m.group(1);
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
    if (!m.find()) throw new IllegalStateException("no " + name + " in " + json);
    return m.group(1);
  }

  static String totp() throws Exception {
    byte[] key = base32(OTP_SECRET);
    long step = Instant.now().getEpochSecond() / 30;
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(key, "HmacSHA1"));
    byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
    int o = h[h.length - 1] & 0xf;
    int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
    return String.format("%06d", bin % 1_000_000);
  }

  static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int buffer = 0, bits = 0;
    for (char c : text.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
