package org.onewindow.keycloak.realname;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.keycloak.util.JsonSerialization;

/**
 * The production verifier: one HTTP call per check to the real-name verification service the
 * platform operator connects (the national service, or a provincial gateway in front of it).
 *
 * <p>Protocol (defined by OneWindow; a gateway adapts it to the national interface):
 *
 * <pre>
 * POST {url}
 * Authorization: Bearer {secret}            the shared secret, from ONEWINDOW_REAL_NAME_SECRET
 * Content-Type: application/json; charset=UTF-8
 * X-Request-Id: {uuid}                      for the operator's logs; the body is never logged
 *
 * {"name": "张三", "idNumber": "110101199003074514"}
 *
 * 200 {"code": 0,     "msg": "成功",             "data": {"match": true}}
 * 200 {"code": 0,     "msg": "成功",             "data": {"match": false}}
 * 200 {"code": 10014, "msg": "身份证与姓名不一致", "data": null}      also a mismatch (003 Annex A)
 * </pre>
 *
 * The answer uses the platform's envelope (003 6.2.2.2). Any other status, code or shape — and a
 * timeout — is "no answer" ({@link RealNameServiceException}), never a match. The connection must
 * be HTTPS in production: the bearer secret and the ID number travel in it.
 */
public final class HttpRealNameVerifier implements RealNameVerifier {

  /** 003 Annex A: 身份证与姓名不一致. */
  static final int CODE_MISMATCH = 10014;

  private final URI url;
  private final String secret;
  private final Duration timeout;
  private final HttpClient client;

  public HttpRealNameVerifier(URI url, String secret, Duration timeout) {
    this(url, secret, timeout, HttpClient.newBuilder().connectTimeout(timeout).build());
  }

  HttpRealNameVerifier(URI url, String secret, Duration timeout, HttpClient client) {
    this.url = url;
    this.secret = secret;
    this.timeout = timeout;
    this.client = client;
  }

  @Override
  public boolean matches(String name, String idNumber) {
    HttpResponse<String> response = send(body(name, idNumber));
    if (response.statusCode() != 200) {
      throw new RealNameServiceException(
          "verification service answered HTTP " + response.statusCode());
    }
    return verdict(response.body());
  }

  private static String body(String name, String idNumber) {
    try {
      return JsonSerialization.writeValueAsString(Map.of("name", name, "idNumber", idNumber));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a two-string JSON object", e);
    }
  }

  private HttpResponse<String> send(String body) {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Authorization", "Bearer " + secret)
            .header("Content-Type", "application/json; charset=UTF-8")
            .header("Accept", "application/json")
            .header("X-Request-Id", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The exception's own message may name the address, never the body: keep only its type.
      throw new RealNameServiceException(
          "verification service unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RealNameServiceException("interrupted while waiting for the verification service");
    }
  }

  static boolean verdict(String body) {
    JsonNode json;
    try {
      json = JsonSerialization.mapper.readTree(body);
    } catch (IOException e) {
      throw new RealNameServiceException("verification service answered something else than JSON");
    }
    if (json == null || !json.path("code").isInt()) {
      throw new RealNameServiceException("verification service answered without a code");
    }
    int code = json.get("code").intValue();
    if (code == CODE_MISMATCH) {
      return false;
    }
    JsonNode match = json.path("data").path("match");
    if (code != 0 || !match.isBoolean()) {
      throw new RealNameServiceException("verification service answered code " + code);
    }
    return match.booleanValue();
  }
}
