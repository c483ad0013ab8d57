package org.onewindow.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for the API tests: JSON in, status and JSON out. */
public final class HttpJson {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** A response: its status and its body parsed as a JSON object (empty when not JSON). */
  public record Reply(int status, String body) {
    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    /** The body parsed as a JSON array. */
    public jakarta.json.JsonArray jsonArray() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }
  }

  private HttpJson() {}

  public static Reply get(String url, String bearer) {
    return send(authorized(HttpRequest.newBuilder(URI.create(url)), bearer).GET().build());
  }

  public static Reply postJson(String url, String bearer, String json) {
    HttpRequest request =
        authorized(HttpRequest.newBuilder(URI.create(url)), bearer)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    return send(request);
  }

  public static Reply putJson(String url, String bearer, String json) {
    HttpRequest request =
        authorized(HttpRequest.newBuilder(URI.create(url)), bearer)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    return send(request);
  }

  /** A POST of raw {@code body} with {@code headers} (a signed gateway call). */
  public static Reply post(
      String url, Map<String, String> headers, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return send(request.build());
  }

  /**
   * {@code method} of the raw {@code body} as {@code contentType} (an upload), with {@code
   * headers}.
   */
  public static Reply sendBytes(
      String method,
      String url,
      String bearer,
      String contentType,
      byte[] body,
      String... headers) {
    HttpRequest.Builder builder =
        authorized(HttpRequest.newBuilder(URI.create(url)), bearer)
            .header("Content-Type", contentType);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  public static Reply delete(String url, String bearer) {
    return send(authorized(HttpRequest.newBuilder(URI.create(url)), bearer).DELETE().build());
  }

  public static Reply postForm(String url, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return send(request);
  }

  /**
   * Any call: {@code method} on {@code url} with {@code body} (none when null) and {@code headers}
   * as name, value pairs (an {@code Accept-Language}, a {@code Content-Type}).
   */
  public static Reply call(
      String method, String url, String bearer, String body, String... headers) {
    HttpRequest.Builder builder = authorized(HttpRequest.newBuilder(URI.create(url)), bearer);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(
        builder
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder builder, String bearer) {
    return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
  }

  private static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP " + request.method() + " " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
