package org.onewindow.keycloak.ticket;

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
import java.util.Set;
import org.keycloak.util.JsonSerialization;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.signing.SignatureHeaders;
import org.onewindow.crypto.sm2.Sm2PrivateKey;

/**
 * Asks the platform, at each exchange for any light app, what the app may receive of the user (000
 * 10.3 h; 003 6.3.2.1 b–c): {@code POST {platform}/api/v1/consent-decisions}, signed with the
 * realm's audit key (signer {@value #SIGNER}), the key the platform already trusts for the realm's
 * identity events. The rules live in the platform (ConsentService); the realm only filters by the
 * answer. Thread-safe.
 */
final class ConsentChannel {

  static final String SIGNER = "keycloak-audit";

  static final String PATH = "/api/v1/consent-decisions";

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final URI decisions;
  private final RequestSigner signer;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  ConsentChannel(String platformBaseUrl, Sm2PrivateKey key) {
    this.decisions = URI.create(platformBaseUrl.replaceAll("/+$", "") + PATH);
    this.signer = new RequestSigner(SIGNER, key, Clock.systemUTC());
  }

  /**
   * The claim names the app may receive of the user; empty when the user has not agreed.
   *
   * @throws IOException when the platform cannot be reached or gives no clear answer (the exchange
   *     then hands nothing over: fail closed)
   */
  Optional<Set<String>> releasedFields(String appId, String username)
      throws IOException, InterruptedException {
    byte[] body =
        JsonSerialization.writeValueAsBytes(Map.of("appKey", appId, "username", username));
    SignatureHeaders headers = signer.sign(RequestParts.of("POST", decisions, body));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(decisions)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.headers().forEach(request::header);
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("the platform answered " + response.statusCode() + " at " + PATH);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> envelope = JsonSerialization.readValue(response.body(), Map.class);
    if (!(envelope.get("data") instanceof Map<?, ?> data)
        || !(data.get("consented") instanceof Boolean consented)
        || !(data.get("fields") instanceof List<?> fields)) {
      throw new IOException("the platform's consent answer has no decision");
    }
    if (!consented) {
      return Optional.empty();
    }
    return Optional.of(Set.copyOf(fields.stream().map(String::valueOf).toList()));
  }
}
