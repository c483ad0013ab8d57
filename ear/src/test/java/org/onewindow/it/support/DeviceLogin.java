package org.onewindow.it.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person approving an OAuth 2.0 device authorization (RFC 8628 3.3) in a browser, reduced to
 * HTTP: opens the verification address with the user code in it ({@code verification_uri_complete},
 * RFC 8628 3.3.1), logs in on the realm's real pages (password, then a one-time code for
 * administrators) and grants the access the consent page asks for. Redirects are followed by hand
 * so Keycloak's cookies (marked Secure even on localhost) stay in this jar. (Keycloak 26.7.3's page
 * for typing the code posts it to the device authorization endpoint, which answers 401
 * invalid_client: the README sends people to the complete address.)
 */
public final class DeviceLogin {

  private static final Pattern FORM =
      Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern INPUT = Pattern.compile("<input[^>]*>", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final CookieJar cookies = new CookieJar();

  private DeviceLogin() {}

  /**
   * Approves the device authorization at {@code verificationUriComplete} as the administrator
   * (password and one-time code); the address of the page the realm ends on.
   */
  public static URI approve(String verificationUriComplete, Administrator person) {
    return new DeviceLogin()
        .run(verificationUriComplete, person.username(), person.password(), person);
  }

  private URI run(String verificationUri, String username, String password, Administrator otp) {
    HttpResponse<String> page =
        follow(send(HttpRequest.newBuilder(URI.create(verificationUri)).GET()));
    // At most: password, one-time code, consent; then the status page.
    for (int step = 0; step < 6; step++) {
      Matcher form = FORM.matcher(page.body());
      if (!form.find()) {
        return page.uri();
      }
      Map<String, String> fields = hiddenFields(form.group(2));
      String inputs = form.group(2);
      if (inputs.contains("name=\"username\"")) {
        fields.put("username", username);
        fields.put("password", password);
        fields.put("credentialId", "");
      } else if (inputs.contains("name=\"otp\"")) {
        if (otp == null) {
          throw new IllegalStateException("the realm asks a one-time code of " + username);
        }
        fields.put("otp", otp.nextCode());
        fields.put("login", "");
      } else if (inputs.contains("name=\"accept\"")) {
        fields.put("accept", "");
      } else {
        return page.uri();
      }
      URI action = URI.create(verificationUri).resolve(form.group(1).replace("&amp;", "&"));
      page =
          follow(
              send(
                  HttpRequest.newBuilder(action)
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString(encoded(fields)))));
    }
    throw new IllegalStateException("the device login did not end: " + page.body());
  }

  private static Map<String, String> hiddenFields(String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      String tag = input.group();
      if (!tag.contains("type=\"hidden\"")) {
        continue;
      }
      Matcher name = NAME.matcher(tag);
      Matcher value = VALUE.matcher(tag);
      if (name.find()) {
        fields.put(name.group(1), value.find() ? value.group(1) : "");
      }
    }
    return fields;
  }

  private static String encoded(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private HttpResponse<String> follow(HttpResponse<String> response) {
    HttpResponse<String> current = response;
    for (int hops = 0; current.statusCode() / 100 == 3 && hops < 10; hops++) {
      URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
      current = send(HttpRequest.newBuilder(next).GET());
    }
    return current;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return cookies.send(client, request);
  }
}
