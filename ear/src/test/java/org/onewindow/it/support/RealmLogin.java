package org.onewindow.it.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's browser reduced to its cookie jar: logs in through the realm's real login form over
 * HTTP, so the single sign-on cookies are set, and then sends requests with them, as the JSSDK's
 * {@code fetch(..., {credentials: 'include'})} does from a light app's page.
 */
public final class RealmLogin {

  private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  // The JDK's CookieManager refuses cookies of a host without a dot ("localhost"): keep the jar
  // here. Every cookie the realm sets lives under /realms/{realm}/, the only paths we call.
  private final CookieJar cookies = new CookieJar();

  /** Logs {@code username} in through the login page of the portal's client. */
  public static RealmLogin as(String username, String password) {
    RealmLogin login = new RealmLogin();
    String auth =
        Platform.REALM_URL
            + "/protocol/openid-connect/auth?client_id=onewindow-portal&response_type=code"
            + "&scope=openid&redirect_uri="
            + URLEncoder.encode(Platform.BASE_URL + "/portal/", StandardCharsets.UTF_8);
    HttpResponse<String> page = login.send(HttpRequest.newBuilder(URI.create(auth)).GET());
    Matcher action = FORM_ACTION.matcher(page.body());
    if (!action.find()) {
      throw new IllegalStateException("no login form at " + auth + ": " + page.statusCode());
    }
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> loggedIn =
        login.send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (loggedIn.statusCode() != 302) {
      throw new IllegalStateException("login of " + username + " failed: " + loggedIn.statusCode());
    }
    return login;
  }

  /** A request with this user's cookies, from a page of {@code origin}. */
  public HttpResponse<String> send(String method, String url, String origin) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
    if (origin != null) {
      request.header("Origin", origin);
    }
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return cookies.send(CLIENT, request);
  }
}
