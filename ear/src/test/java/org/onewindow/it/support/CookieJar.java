package org.onewindow.it.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One browser's cookies for Keycloak's pages, kept by hand: the JDK's CookieManager refuses cookies
 * of a host without a dot ("localhost"), and Keycloak marks its cookies Secure even there. Sends a
 * request with the cookies and keeps what the answer sets or expires. Not thread-safe: one per
 * simulated browser.
 */
final class CookieJar {

  private final Map<String, String> cookies = new LinkedHashMap<>();

  /** Sends {@code request} through {@code client} with the jar's cookies; keeps the answer's. */
  HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      response.headers().allValues("Set-Cookie").forEach(this::keep);
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void keep(String header) {
    String pair = header.split(";", 2)[0];
    int eq = pair.indexOf('=');
    String name = pair.substring(0, eq).strip();
    String value = pair.substring(eq + 1).strip();
    if (header.toLowerCase(Locale.ROOT).contains("max-age=0") || value.isEmpty()) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }
}
