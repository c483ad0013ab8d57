package org.onewindow.web.lightapp;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/**
 * The app backend's side of 000 9.2.1 b–d: trades a ticket for the sealed user info with a request
 * signed by the app's SM2 key, and reads the platform's ticket-signing key.
 */
final class PlatformTickets {

  private final DemoAppSettings settings;
  private final RequestSigner signer;
  private final HttpClient http;

  PlatformTickets(DemoAppSettings settings, Clock clock) {
    this.settings = settings;
    this.signer = new RequestSigner(settings.appId(), settings.signingKey(), clock);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The platform refused or could not be asked; carries the 003 Annex A code to pass on. */
  static final class PlatformRefusedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int code;

    PlatformRefusedException(int code, String message) {
      super(message);
      this.code = code;
    }

    int code() {
      return code;
    }
  }

  /** The user info sealed for this app (000 9.2.1 c–d), for the sm-crypto SDK to open. */
  String exchange(String ticket) throws PlatformRefusedException {
    URI uri = URI.create(settings.ticketsUrl() + "/exchanges");
    byte[] body =
        Json.createObjectBuilder()
            .add("ticket", ticket)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    signer.sign(RequestParts.of("POST", uri, body)).headers().forEach(request::header);
    JsonObject answer = send(request.build());
    return answer.getJsonObject("data").getString("userInfo");
  }

  /** The platform's ticket-signing key as it publishes it (000 9.4.4 a). */
  Sm2PublicKey platformKey() throws PlatformRefusedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(settings.ticketsUrl() + "/platform-key"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    return Sm2PublicKey.fromPem(send(request).getJsonObject("data").getString("publicKey"));
  }

  private JsonObject send(HttpRequest request) throws PlatformRefusedException {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw unreachable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable();
    }
    JsonObject body;
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      body = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw unreachable();
    }
    if (response.statusCode() != 200) {
      throw new PlatformRefusedException(
          body.getInt("code", ResponseCode.SYSTEM_BUSY.code()),
          body.getString("msg", ResponseCode.SYSTEM_BUSY.message()));
    }
    return body;
  }

  private static PlatformRefusedException unreachable() {
    return new PlatformRefusedException(ResponseCode.SYSTEM_BUSY.code(), "平台暂不可用，请稍后重试");
  }
}
