package org.onewindow.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An authorization-code login at the real Keycloak without a browser: the login form is fetched and
 * posted as a browser would, the code taken from the redirect and exchanged at the token endpoint
 * with the client's demo secret. For tests that need the tokens themselves.
 */
public final class CodeFlow {

  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
  private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

  private static final Map<String, String> SECRETS =
      Map.of(
          "onewindow-console", "demo-console-secret",
          "onewindow-portal", "demo-portal-secret");

  private CodeFlow() {}

  /** Logs {@code username} in (demo password) for {@code clientId}; the token endpoint's JSON. */
  public static JsonObject logIn(String clientId, String username) {
    return logIn(clientId, username, Platform.DEMO_PASSWORD, null);
  }

  /**
   * An administrator's access token from {@code clientId} (console or portal): password, then the
   * administrator's next one-time code (the realm asks administrators for one). The console's
   * tokens name the API in their audience, so the API takes them with the administrator's roles.
   */
  public static String administratorToken(String clientId, Administrator administrator) {
    return logIn(clientId, administrator.username(), administrator.password(), administrator)
        .getString("access_token");
  }

  private static JsonObject logIn(
      String clientId, String username, String password, Administrator otp) {
    HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String redirect = Platform.BASE_URL + "/" + clientId.substring("onewindow-".length()) + "/";
    String auth =
        Platform.REALM_URL
            + "/protocol/openid-connect/auth?response_type=code&scope=openid&state=s1&nonce=n1"
            + "&client_id="
            + clientId
            + "&redirect_uri="
            + URLEncoder.encode(redirect, StandardCharsets.UTF_8);
    HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(auth)).GET());
    assertEquals(200, page.statusCode(), page.body());
    Matcher action = FORM_ACTION.matcher(page.body());
    assertTrue(action.find(), "no login form in " + page.body());
    // Keycloak marks its cookies Secure even on http://localhost, which browsers accept and Java's
    // CookieManager does not send back: carry them by hand.
    String cookies =
        page.headers().allValues("Set-Cookie").stream()
            .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
            .collect(Collectors.joining("; "));
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&credentialId=";
    HttpResponse<String> posted =
        send(
            browser,
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (otp != null) {
      assertEquals(200, posted.statusCode(), posted.body());
      Matcher otpAction = FORM_ACTION.matcher(posted.body());
      assertTrue(otpAction.find(), "no OTP form in " + posted.body());
      String more =
          posted.headers().allValues("Set-Cookie").stream()
              .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
              .collect(Collectors.joining("; "));
      String allCookies = more.isEmpty() ? cookies : cookies + "; " + more;
      posted =
          send(
              browser,
              HttpRequest.newBuilder(URI.create(otpAction.group(1).replace("&amp;", "&")))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", allCookies)
                  .POST(HttpRequest.BodyPublishers.ofString("otp=" + otp.nextCode() + "&login=")));
    }
    assertEquals(302, posted.statusCode(), posted.body());
    String location = posted.headers().firstValue("Location").orElseThrow();
    Matcher code = CODE.matcher(location);
    assertTrue(code.find(), location);
    HttpJson.Reply tokens =
        HttpJson.postForm(
            Platform.REALM_URL + "/protocol/openid-connect/token",
            Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code.group(1),
                "redirect_uri",
                redirect,
                "client_id",
                clientId,
                "client_secret",
                SECRETS.get(clientId)));
    assertEquals(200, tokens.status(), tokens.body());
    return tokens.json();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
