package org.onewindow.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A browser reduced to HTTP: follows redirects itself, keeps each origin's cookies (including the
 * realm's, which it marks Secure even on http://localhost) and keeps every response it saw, so a
 * test can read the headers and cookies of each hop of a login, not only of the last page.
 */
public final class CookieJarClient {

  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
  private static final int MAX_REDIRECTS = 10;

  private final HttpClient http;
  private final Map<String, Map<String, String>> cookiesByOrigin = new HashMap<>();
  private final List<HttpResponse<String>> seen = new ArrayList<>();

  public CookieJarClient() {
    this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
  }

  private CookieJarClient(HttpClient http) {
    this.http = http;
  }

  /** Over HTTPS to the test server's self-signed certificate (never for anything else). */
  public static CookieJarClient trustingTheTestServer(SSLContext trustAll) {
    return new CookieJarClient(
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .sslContext(trustAll)
            .build());
  }

  /**
   * Logs {@code username} in (demo password) through the realm's real login form, starting at a
   * protected {@code url}. Ends on the page.
   */
  public HttpResponse<String> logIn(String url, String username) {
    return logIn(url, username, Platform.DEMO_PASSWORD);
  }

  /**
   * Logs the test's {@code administrator} in through the realm's real forms, password then one-time
   * code, starting at a protected {@code url}. Ends on the page.
   */
  public HttpResponse<String> logIn(String url, Administrator administrator) {
    HttpResponse<String> page = logIn(url, administrator.username(), administrator.password());
    return submit(page, Map.of("otp", administrator.nextCode(), "login", ""));
  }

  private HttpResponse<String> logIn(String url, String username, String password) {
    HttpResponse<String> page = get(url);
    return submit(page, Map.of("username", username, "password", password, "credentialId", ""));
  }

  /** GET, following redirects. */
  public HttpResponse<String> get(String url) {
    return follow(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  /** POSTs a form, following redirects. */
  public HttpResponse<String> post(String url, Map<String, String> form) {
    return follow(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
  }

  /** Posts the page's (first) form to its action, as its submit button would. */
  public HttpResponse<String> submit(HttpResponse<String> page, Map<String, String> form) {
    Matcher action = FORM_ACTION.matcher(page.body());
    if (!action.find()) {
      throw new IllegalStateException("no form at " + page.uri() + ": " + page.statusCode());
    }
    String target = page.uri().resolve(action.group(1).replace("&amp;", "&")).toString();
    return post(target, form);
  }

  /** Every {@code Set-Cookie} for {@code name} this client was sent so far. */
  public List<String> setCookies(String name) {
    return seen.stream()
        .flatMap(response -> response.headers().allValues("Set-Cookie").stream())
        .filter(cookie -> cookie.startsWith(name + "="))
        .toList();
  }

  private HttpResponse<String> follow(HttpRequest.Builder request) {
    HttpResponse<String> response = send(request);
    for (int hop = 0; hop < MAX_REDIRECTS && isRedirect(response); hop++) {
      URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
      response = send(HttpRequest.newBuilder(next).GET());
    }
    return response;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    Map<String, String> jar =
        cookiesByOrigin.computeIfAbsent(origin(request.uri()), o -> new LinkedHashMap<>());
    if (!jar.isEmpty()) {
      builder.header(
          "Cookie",
          jar.entrySet().stream()
              .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
              .collect(Collectors.joining("; ")));
      request = builder.build();
    }
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      seen.add(response);
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String pair = cookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String value = pair.substring(equals + 1);
        if (value.isEmpty() || cookie.toLowerCase().contains("max-age=0")) {
          jar.remove(pair.substring(0, equals));
        } else {
          jar.put(pair.substring(0, equals), value);
        }
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean isRedirect(HttpResponse<String> response) {
    return response.statusCode() >= 301
        && response.statusCode() <= 308
        && response.headers().firstValue("Location").isPresent();
  }

  private static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
