/*
 * The interface inspection at scale (issue 19 item 4), run by ear/bench-inspection: 10,000
 * registered online interfaces inspected by one run of the partitioned interface-inspection job
 * against a loopback upstream, beside the raw rate wrk reaches on that same upstream.
 *
 *   java InspectionBench.java upstream PORT                      a JDK HTTP server answering the
 *                                                                process_response envelope at once
 *   java -cp sm-crypto-cli.jar InspectionBench.java setup PLATFORM_URL REALM_URL UPSTREAM_URL
 *                                                                one online interface via the API
 *                                                                (prints its id)
 *   java -cp h2.jar InspectionBench.java seed JDBC_URL TEMPLATE_ID COUNT
 *                                                                COUNT-1 copies of it, by SQL, into
 *                                                                the stopped platform's H2 file
 *   java -cp sm-crypto-cli.jar InspectionBench.java run PLATFORM_URL REALM_URL PARTITIONS
 *                                                                starts the job through the API and
 *                                                                waits for it; prints the figures
 *
 * Seeding by SQL, not through the API: registering, submitting, approving and putting online
 * 10,000 interfaces one request at a time (with an administrator's OTP) would take longer than the
 * inspection being measured. The copies are the template's row with a numbered name: the same
 * unit, address, method and answer format, online from the start; their schedules are enrolled by
 * the job itself (the partition mapper), which the measured run therefore includes.
 */

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class InspectionBench {

  static final String OTP_SECRET = "J5XGKV3JNZSG652EMVWW6T2UKAZDAMRW"; // documented demo secret
  static final String PASSWORD = "OneWindow@2026"; // documented demo password

  /**
   * The bench's Chinese data: bench-data.properties beside this source file (UTF-8), found through
   * the source launcher's jdk.launcher.sourcefile (else in the working directory's ear/bench).
   * Each bench carries this loader: a single-file program (JDK 17) cannot share a class.
   */
  static final Properties DATA = data();

  static Properties data() {
    String source = System.getProperty("jdk.launcher.sourcefile", "ear/bench/InspectionBench.java");
    Path file = Path.of(source).resolveSibling("bench-data.properties");
    Properties data = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      data.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("bench data missing: " + file.toAbsolutePath(), e);
    }
    return data;
  }
  static final byte[] ANSWER =
      "{\"process_response\":{\"result_code\":\"100\",\"date\":\"2026-12-01\",\"items\":[]}}"
          .getBytes(StandardCharsets.UTF_8);
  static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "upstream" -> upstream(Integer.parseInt(args[1]));
      case "setup" -> System.out.println(setup(args[1], args[2], args[3]));
      case "seed" -> seed(args[1], Long.parseLong(args[2]), Integer.parseInt(args[3]));
      case "run" -> run(args[1], args[2], Integer.parseInt(args[3]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  /** Answers every request at once, on 8 threads (the machine has 2 cores). */
  static void upstream(int port) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
          exchange.sendResponseHeaders(200, ANSWER.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(ANSWER);
          }
        });
    server.start();
    System.out.println("upstream on 127.0.0.1:" + port);
  }

  /** A unit and one online interface at the upstream, through the API; returns its id. */
  static long setup(String platform, String realm, String upstreamUrl) throws Exception {
    String api = platform + "/api/v1";
    String system = clientToken(realm);
    String admin = administratorToken(realm, platform, "admin");
    long unit = id(post(api + "/access-units", system,
        "{\"name\":\"" + DATA.getProperty("inspection.unitName") + UUID.randomUUID()
            + "\",\"divisionCode\":\"110000\"}"));
    long iface = id(post(api + "/interfaces", system, """
        {"unitId":%d,"serviceName":"%s","name":"%s","address":"%s","method":"POST",
         "protocol":"http","returnFormat":"JSON","divisionCode":"110000","channel":"all",
         "requestParameters":[{"name":"city","required":true,"type":"string",
                               "description":"%s"}]}
        """.formatted(unit, DATA.getProperty("inspection.serviceName"),
            DATA.getProperty("inspection.interfaceName"), upstreamUrl,
            DATA.getProperty("inspection.cityDescription"))));
    post(api + "/interfaces/" + iface + "/transitions", system, "{\"action\":\"submit\"}");
    post(api + "/interfaces/" + iface + "/transitions", admin, "{\"action\":\"approve\"}");
    post(api + "/interfaces/" + iface + "/transitions", admin, "{\"action\":\"online\"}");
    return iface;
  }

  /**
   * COUNT - 1 copies of the template interface and its request parameters, numbered: the template
   * is its unit's only interface, so the copies are the unit's other ones.
   */
  static void seed(String url, long template, int count) throws Exception {
    try (Connection db = DriverManager.getConnection(url, "sa", "sa");
        Statement sql = db.createStatement()) {
      db.setAutoCommit(false);
      List<String> columns =
          columns(db, "OW_INTERFACE").stream().filter(c -> !c.equals("ID")).toList();
      String selected = String.join(", ",
          columns.stream().map(c -> c.equals("NAME") ? "NAME || '-' || X" : c).toList());
      int rows = sql.executeUpdate("insert into OW_INTERFACE (" + String.join(", ", columns)
          + ") select " + selected + " from OW_INTERFACE, SYSTEM_RANGE(1, " + (count - 1)
          + ") where ID = " + template);
      List<String> params = columns(db, "OW_INTERFACE_REQUEST_PARAM");
      String copiedParams = String.join(", ",
          params.stream().map(c -> c.equals("INTERFACE_ID") ? "I.ID" : "P." + c).toList());
      int parameters = sql.executeUpdate("insert into OW_INTERFACE_REQUEST_PARAM ("
          + String.join(", ", params) + ") select " + copiedParams
          + " from OW_INTERFACE_REQUEST_PARAM P, OW_INTERFACE I, OW_INTERFACE T"
          + " where T.ID = " + template + " and P.INTERFACE_ID = T.ID"
          + " and I.UNIT_ID = T.UNIT_ID and I.ID <> T.ID");
      db.commit();
      System.out.println("seeded " + rows + " interfaces (+ " + parameters + " parameter rows)");
    }
  }

  static List<String> columns(Connection db, String table) throws Exception {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = db.getMetaData().getColumns(null, "PUBLIC", table, null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME"));
      }
    }
    return columns;
  }

  /** Starts the job with PARTITIONS partitions, waits for it, prints its figures. */
  static void run(String platform, String realm, int partitions) throws Exception {
    String api = platform + "/api/v1";
    String admin = administratorToken(realm, platform, "admin");
    long started = System.nanoTime();
    long execution = Long.parseLong(number(post(api + "/jobs/interface-inspection/executions",
        admin, "{\"parameters\":{\"partitions\":" + partitions + "}}"), "executionId"));
    String view;
    while (true) {
      view = json(HttpRequest.newBuilder(URI.create(api + "/jobs/executions/" + execution)).GET(),
          api, admin);
      String status = field(view, "status");
      if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
        break;
      }
      Thread.sleep(200);
    }
    double wall = (System.nanoTime() - started) / 1e9;
    System.out.printf("execution %d: %s, %s%n", execution, field(view, "status"),
        field(view, "exitStatus"));
    System.out.printf("wall time from the API's start to the end seen: %.1f s (%d partitions)%n",
        wall, partitions);
    System.out.println("execution: " + view);
  }

  // --- the platform's API, as GatewayBench reaches it ------------------------------------------

  static String clientToken(String realm) throws Exception {
    return field(form(realm + "/protocol/openid-connect/token",
        "grant_type=client_credentials&client_id=onewindow-api&client_secret=demo-api-secret"),
        "access_token");
  }

  static final Pattern ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
  static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

  /** Password, then a TOTP code of the demo secret, as the console's login asks administrators. */
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
    // A TOTP code serves once per 30 s: wait for a fresh step if one was just used.
    HttpResponse<String> done = formPost(action(otpPage.body()), "otp=" + totp() + "&login=", cookies);
    Matcher code = CODE.matcher(done.headers().firstValue("Location").orElseThrow(
        () -> new IllegalStateException("OTP not accepted (a code serves once per 30 s): " + done.statusCode())));
    code.find();
    return field(form(realm + "/protocol/openid-connect/token", "grant_type=authorization_code&code="
        + code.group(1) + "&client_id=onewindow-console&client_secret=demo-console-secret&redirect_uri="
        + URLEncoder.encode(redirect, StandardCharsets.UTF_8)), "access_token");
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
    return HTTP.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String form(String url, String body) throws Exception {
    HttpResponse<String> r = formPost(url, body, "");
    if (r.statusCode() != 200) throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
    return r.body();
  }

  static String post(String url, String bearer, String json) throws Exception {
    return json(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(json)), url, bearer);
  }

  static String json(HttpRequest.Builder builder, String url, String bearer) throws Exception {
    HttpResponse<String> r = HTTP.send(builder.header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + bearer).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
    return r.body();
  }

  static long id(String json) {
    return Long.parseLong(number(json, "id"));
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

  /** RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s) of the demo secret. */
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
