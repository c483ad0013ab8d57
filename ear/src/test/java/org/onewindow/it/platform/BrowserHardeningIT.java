package org.onewindow.it.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.CookieJarClient;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.openqa.selenium.By;

/**
 * Browser hardening on every WAR (issue 14, failure 3): the headers of each kind of response, the
 * session cookies' attributes, a frame of another origin refused by Chromium, the console working
 * under its Content-Security-Policy, and a forged JSF post that changes nothing. The headers come
 * from the server's configuration (ear/src/main/wildfly/undertow.cli). 002 6.8 a): the platform
 * takes the security measures needed at the application level, as well as the link, network and
 * host; 000 安全保障: GB/T 22239 level 3.
 */
@PlatformIT
// Headers, cookies and framing come from undertow.cli, the same for both server configurations:
// the H2 run checks them once, and the PostgreSQL run spends its time on what the database changes.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class BrowserHardeningIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static final String CONSOLE = Platform.BASE_URL + "/console/";
  private static final String JSON_POLICY = "default-src 'none'; frame-ancestors 'none'";
  private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  @Test
  void everyKindOfResponseCarriesTheHardeningHeaders() {
    CookieJarClient anonymous = new CookieJarClient();
    assertPage(anonymous.get(Platform.BASE_URL + "/portal/"), "portal public page");
    assertPage(anonymous.get(Platform.BASE_URL + "/lightapp-demo/"), "light app page");
    assertPage(anonymous.get(Platform.BASE_URL + "/jssdk/index.js"), "JSSDK script");
    assertPage(anonymous.get(Platform.BASE_URL + "/lightapp-demo/app.css"), "static file");
    assertPage(
        anonymous.get(Platform.BASE_URL + "/portal/jakarta.faces.resource/halls.js.xhtml"),
        "JSF resource");
    HttpResponse<String> missing = anonymous.get(Platform.BASE_URL + "/portal/no-such-page.html");
    assertEquals(404, missing.statusCode());
    assertPage(missing, "404 of a WAR");
    HttpResponse<String> noWar = anonymous.get(Platform.BASE_URL + "/no-such-war/");
    assertEquals(404, noWar.statusCode());
    assertPage(noWar, "404 of the server");
    assertJson(anonymous.get(Platform.BASE_URL + "/api/v1/health"), "API JSON");
    assertJson(anonymous.get(Platform.BASE_URL + "/api/v1/interfaces"), "API 401 JSON");
    HttpResponse<String> gateway =
        anonymous.get(Platform.BASE_URL + "/gateway/v1/interfaces/999999");
    assertTrue(gateway.body().contains("\"code\""), gateway.body());
    assertJson(gateway, "gateway JSON error");

    // Pages send scripts to nobody but themselves and let the JSSDK reach the realm.
    String lightApp =
        anonymous.get(Platform.BASE_URL + "/lightapp-demo/").headers().firstValue(csp()).get();
    assertTrue(lightApp.contains("connect-src 'self' " + Platform.KEYCLOAK_URL), lightApp);
    assertTrue(lightApp.endsWith("script-src 'self'"), lightApp);

    CookieJarClient citizen = new CookieJarClient();
    HttpResponse<String> me = citizen.logIn(Platform.BASE_URL + "/portal/me.xhtml", "citizen");
    assertTrue(
        me.uri().toString().startsWith(Platform.BASE_URL + "/portal/me.xhtml"), me.uri() + "");
    assertPage(me, "portal signed-in page");

    CookieJarClient admin = new CookieJarClient();
    HttpResponse<String> console = admin.logIn(CONSOLE, administrators.reviewer());
    assertTrue(console.body().contains("welcomeName"), console.body());
    assertPage(console, "console page");
    // PrimeFaces' copy of the policy, with this response's nonce on the scripts it wrote.
    String policy = console.headers().firstValue(csp()).get();
    Matcher nonce = NONCE.matcher(policy);
    assertTrue(nonce.find(), policy);
    assertTrue(console.body().contains("nonce=\"" + nonce.group(1) + "\""), "scripts nonced");
    assertFalse(console.body().matches("(?s).*\\son(click|change|submit|load)=.*"), "no handlers");

    // The API reads bearer tokens only: the console's session cookie, sent along, is nothing to it,
    // so a cross-site request that carries cookies cannot act there.
    HttpResponse<String> withCookiesOnly = admin.get(Platform.BASE_URL + "/api/v1/interfaces");
    assertEquals(401, withCookiesOnly.statusCode(), withCookiesOnly.body());
  }

  @Test
  void theRealmsLogoutFrameMayBeFramedByTheRealmAlone() {
    HttpResponse<String> frame =
        new CookieJarClient().get(Platform.BASE_URL + "/portal/frontchannel-logout?iss=x&sid=y");
    assertEquals(List.of(), frame.headers().allValues("X-Frame-Options"));
    assertEquals(
        List.of("default-src 'none'; frame-ancestors " + Platform.KEYCLOAK_URL),
        frame.headers().allValues(csp()));
    assertEquals(List.of("nosniff"), frame.headers().allValues("X-Content-Type-Options"));
  }

  @Test
  void sessionCookiesAreSameSiteLaxAndHttpOnly() {
    CookieJarClient admin = new CookieJarClient();
    admin.logIn(CONSOLE, administrators.filingReviewer());
    List<String> state = valued(admin.setCookies("OAuth_Token_Request_State"));
    List<String> session = valued(admin.setCookies("JSESSIONID"));
    assertFalse(state.isEmpty(), "the OIDC client's state cookie");
    assertFalse(session.isEmpty(), "the console session");
    for (String cookie : concat(state, session)) {
      assertTrue(attributes(cookie).contains("samesite=lax"), cookie);
      assertTrue(attributes(cookie).contains("httponly"), cookie);
      // Served over plain HTTP here: a Secure cookie would never come back.
      assertFalse(attributes(cookie).contains("secure"), cookie);
    }
  }

  @Test
  void cookiesAnsweredOverHttpsAreSecure() throws Exception {
    int httpsPort = 8443 + Integer.getInteger("it.port.offset", 0);
    CookieJarClient overTls = CookieJarClient.trustingTheTestServer(trustAll());
    HttpResponse<String> login = overTls.get("https://localhost:" + httpsPort + "/portal/me.xhtml");
    assertTrue(login.uri().toString().startsWith(Platform.REALM_URL), login.uri().toString());
    List<String> state = valued(overTls.setCookies("OAuth_Token_Request_State"));
    assertFalse(state.isEmpty());
    for (String cookie : state) {
      assertTrue(attributes(cookie).contains("secure"), cookie);
      assertTrue(attributes(cookie).contains("samesite=lax"), cookie);
    }
  }

  /**
   * A page of another origin frames the signed-in console, its public error page and the portal:
   * Chromium shows its own error document in each frame instead. The page's own frame shows its
   * document, so reading the frame's address tells the two apart.
   */
  @Test
  void chromiumRefusesToShowThePlatformInAnotherOriginsFrame() throws IOException {
    HttpServer other =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String origin = "http://localhost:" + other.getAddress().getPort();
    List<String> targets =
        List.of(CONSOLE, CONSOLE + "error.html", Platform.BASE_URL + "/portal/", origin + "/own");
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
    for (int i = 0; i < targets.size(); i++) {
      html.append("<iframe id=\"f")
          .append(i)
          .append("\" src=\"")
          .append(targets.get(i))
          .append(
              "\" onload=\"document.body.dataset.loaded=(+(document.body.dataset.loaded||0)+1)\">")
          .append("</iframe>");
    }
    html.append("</body></html>");
    serve(other, "/framing", html.toString());
    serve(other, "/own", "<!DOCTYPE html><html><body><p id=\"own\">own</p></body></html>");
    other.start();
    try (Browser browser = new Browser()) {
      browser.open(CONSOLE);
      browser.logInAsAdministrator(administrators.platformAdmin());
      browser.find(By.id("welcomeName"));

      browser.open(origin + "/framing");
      browser.waitUntil(
          d ->
              String.valueOf(targets.size())
                  .equals(browser.run("return document.body.dataset.loaded;")));
      browser.screenshot("framed-by-another-origin");
      for (int i = 0; i < 3; i++) {
        String shown = browser.frameDocumentUrl(By.id("f" + i));
        assertTrue(shown.startsWith("chrome-error://"), targets.get(i) + " was shown: " + shown);
      }
      assertEquals(origin + "/own", browser.frameDocumentUrl(By.id("f3")));
    } finally {
      other.stop(0);
    }
  }

  /**
   * The console clicked through in Chromium under its policy (the application centre's pages and
   * the audit trail from its side menu, the forms to register an interface and apply for an app,
   * the audit trail): PrimeFaces' widgets, Ajax forms and a full post all work and Chromium refuses
   * nothing; a script injected into the page without the nonce does not run.
   */
  @Test
  void theConsoleWorksUnderItsPolicyAndAnInjectedScriptDoesNotRun() {
    String name = "策略测试单位-" + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser()) {
      browser.open(CONSOLE);
      browser.logInAsAdministrator(administrators.platformAdmin());
      browser.find(By.id("welcomeName"));
      browser.contentSecurityPolicyViolations(); // Keycloak's own pages are not ours to judge.

      browser.type(By.id("units:name"), name);
      browser.type(By.id("units:divisionCode"), "320100");
      browser.click(By.id("units:register"));
      browser.waitForText(By.id("units:table"), name);
      browser.click(By.id("menu-dashboard"));
      browser.find(By.id("interfaceChart"));
      browser.click(By.id("menu-interfaces"));
      browser.click(By.id("list:register"));
      browser.click(By.id("menu-apps"));
      browser.find(By.id("list:apply"));
      browser.click(By.id("list:apply"));
      browser.click(By.id("menu-sensitive-words"));
      browser.click(By.id("menu-audit"));
      browser.click(By.id("lang:en"));
      browser.find(By.id("lang:zh"));
      browser.screenshot("console-under-csp");
      assertEquals(List.of(), browser.contentSecurityPolicyViolations());

      Object ran =
          browser.run(
              "var s = document.createElement('script');"
                  + "s.textContent = 'window.injected = true';"
                  + "document.head.appendChild(s);"
                  + "return window.injected === true;");
      assertEquals(Boolean.FALSE, ran);
      assertFalse(browser.contentSecurityPolicyViolations().isEmpty());
    }
  }

  /**
   * Jakarta Faces' server-side view state is the console's token against cross-site posts: the
   * register form posted with this session's ViewState registers the unit; the same post with a
   * forged or no ViewState registers nothing (and a cross-site post carries no session anyway,
   * SameSite=Lax).
   */
  @Test
  void aPostWithoutTheSessionsViewStateChangesNothing() {
    CookieJarClient admin = new CookieJarClient();
    HttpResponse<String> page =
        admin.logIn(CONSOLE + "index.xhtml", administrators.platformAdmin());
    Matcher viewState = VIEW_STATE.matcher(page.body());
    assertTrue(viewState.find(), page.body());

    String forged = "伪造令牌-" + UUID.randomUUID().toString().substring(0, 8);
    admin.post(CONSOLE + "index.xhtml", register(forged, "-1234567890:-1234567890"));
    String absent = "无令牌-" + UUID.randomUUID().toString().substring(0, 8);
    admin.post(CONSOLE + "index.xhtml", register(absent, null));
    String genuine = "真令牌-" + UUID.randomUUID().toString().substring(0, 8);
    admin.post(CONSOLE + "index.xhtml", register(genuine, viewState.group(1)));

    String units = admin.get(CONSOLE + "index.xhtml").body();
    assertTrue(units.contains(genuine), "the genuine post registers (the form is right)");
    assertFalse(units.contains(forged), "a forged ViewState registers nothing");
    assertFalse(units.contains(absent), "no ViewState registers nothing");
  }

  private static Map<String, String> register(String name, String viewState) {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("units", "units");
    form.put("units:name", name);
    form.put("units:divisionCode", "320100");
    form.put("units:register", "");
    if (viewState != null) {
      form.put("jakarta.faces.ViewState", viewState);
    }
    return form;
  }

  /** An HTML page, a script or a style sheet: the platform's page policy, never framed. */
  private static void assertPage(HttpResponse<String> response, String what) {
    List<String> policies = response.headers().allValues(csp());
    assertAll(
        what,
        () -> assertEquals(1, policies.size(), what + ": one policy " + policies),
        () -> assertTrue(policies.get(0).contains("frame-ancestors 'none'"), policies.get(0)),
        () -> assertTrue(policies.get(0).contains("object-src 'none'"), policies.get(0)),
        () -> assertTrue(policies.get(0).contains("base-uri 'self'"), policies.get(0)),
        () -> assertTrue(policies.get(0).contains("script-src 'self'"), policies.get(0)),
        () -> assertFalse(policies.get(0).contains("'unsafe-eval'"), policies.get(0)),
        () -> assertCommonHeaders(response));
  }

  /** JSON: nothing may load, never framed. */
  private static void assertJson(HttpResponse<String> response, String what) {
    assertAll(
        what,
        () -> assertEquals(List.of(JSON_POLICY), response.headers().allValues(csp())),
        () -> assertCommonHeaders(response));
  }

  private static void assertCommonHeaders(HttpResponse<String> response) {
    assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"));
    assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"));
    assertEquals(
        List.of("strict-origin-when-cross-origin"),
        response.headers().allValues("Referrer-Policy"));
  }

  private static String csp() {
    return "Content-Security-Policy";
  }

  /** The cookies that set a value (not those that delete one, already expired). */
  private static List<String> valued(List<String> setCookies) {
    return setCookies.stream()
        .filter(cookie -> !cookie.matches("[^=]+=(\"\")?(;.*)?"))
        .filter(
            cookie ->
                attributes(cookie).stream()
                    .noneMatch(
                        a -> a.equals("max-age=0") || a.startsWith("expires=thu, 01-jan-1970")))
        .toList();
  }

  /** A Set-Cookie's attributes, after its value, in lower case (their names ignore case). */
  private static List<String> attributes(String setCookie) {
    return java.util.Arrays.stream(setCookie.split(";"))
        .skip(1)
        .map(attribute -> attribute.trim().toLowerCase(java.util.Locale.ROOT))
        .toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static void serve(HttpServer server, String path, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
          exchange.sendResponseHeaders(200, body.length);
          try (var out = exchange.getResponseBody()) {
            out.write(body);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Trusts the test server's generated certificate: only this test's HTTPS client uses it. */
  private static SSLContext trustAll() throws Exception {
    TrustManager trustEverything =
        new X509ExtendedTrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkClientTrusted(X509Certificate[] chain, String type, Socket socket) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String type, Socket socket) {}

          @Override
          public void checkClientTrusted(X509Certificate[] chain, String type, SSLEngine engine) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String type, SSLEngine engine) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustEverything}, null);
    return context;
  }
}
