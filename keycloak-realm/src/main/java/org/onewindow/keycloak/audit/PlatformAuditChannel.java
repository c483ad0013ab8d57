package org.onewindow.keycloak.audit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.util.JsonSerialization;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.signing.SignatureHeaders;
import org.onewindow.crypto.sm2.Sm2PrivateKey;

/**
 * The HTTP side of the channel: signs each call (sm-crypto request signing, app key {@value
 * #SIGNER}) and talks to {@code {platform}/api/v1/identity-events}. Thread-safe.
 */
final class PlatformAuditChannel {

  /** The name the platform knows the realm's audit key by. */
  static final String SIGNER = "keycloak-audit";

  static final String PATH = "/api/v1/identity-events";

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI events;
  private final URI watermark;
  private final RequestSigner signer;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /**
   * @param platformBaseUrl e.g. {@code http://localhost:8080}
   * @param key the realm's audit signing key
   */
  PlatformAuditChannel(String platformBaseUrl, Sm2PrivateKey key) {
    String base = platformBaseUrl.replaceAll("/+$", "");
    this.events = URI.create(base + PATH);
    this.watermark = URI.create(base + PATH + "/watermark");
    this.signer = new RequestSigner(SIGNER, key, Clock.systemUTC());
  }

  /**
   * Delivers events; returns normally only once the platform has them.
   *
   * @throws IOException when the platform cannot be reached or does not answer 2xx
   */
  void deliver(List<ForwardedEvent> batch) throws IOException, InterruptedException {
    byte[] body =
        JsonSerialization.writeValueAsBytes(batch.stream().map(ForwardedEvent::toJson).toList());
    send(signed("POST", events, body).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /**
   * The newest event time the platform holds, per kind ({@code user}, {@code admin}); empty for a
   * kind it has none of.
   */
  Map<String, Optional<Long>> watermark() throws IOException, InterruptedException {
    String answer = send(signed("GET", watermark, new byte[0]).GET());
    @SuppressWarnings("unchecked")
    Map<String, Object> envelope = JsonSerialization.readValue(answer, Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) envelope.get("data");
    if (data == null) {
      throw new IOException("the platform's watermark answer carries no data");
    }
    return Map.of(
        ForwardedEvent.USER, millis(data.get(ForwardedEvent.USER)),
        ForwardedEvent.ADMIN, millis(data.get(ForwardedEvent.ADMIN)));
  }

  /**
   * The platform read the batch and refused it as malformed: sending it again cannot help, unlike
   * an outage or a key the platform has not yet re-read (401).
   */
  static final class RefusedBatchException extends IOException {
    private static final long serialVersionUID = 1L;

    RefusedBatchException(String answer) {
      super("the platform refused the batch as malformed: " + answer);
    }
  }

  private static Optional<Long> millis(Object value) {
    return value instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
  }

  private HttpRequest.Builder signed(String method, URI uri, byte[] body) {
    SignatureHeaders headers = signer.sign(RequestParts.of(method, uri, body));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", "application/json");
    headers.headers().forEach(request::header);
    return request;
  }

  private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 400) {
      throw new RefusedBatchException(response.body());
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException(
          "the platform answered " + response.statusCode() + " at " + request.build().uri());
    }
    return response.body();
  }
}
