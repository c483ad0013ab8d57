package org.onewindow.web.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestRejectedException;
import org.onewindow.crypto.signing.RequestVerifier;

/**
 * SANDBOX {@code POST /sandbox-upper-platform/batches}: one batch of the upward report (§8.4).
 * Unsigned or badly signed: 401 with the verifier's code. Signed: 200 with a result per record
 * ({@link SandboxRules}). TEST-ONLY: a batch may be failed or delayed first ({@link
 * SandboxSwitchServlet}).
 */
@WebServlet(urlPatterns = "/batches")
public class SandboxBatchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Ten megabytes: a batch of a thousand records fits many times over. */
  static final int MAX_BODY = 10 * 1024 * 1024;

  private final transient RequestVerifier verifier =
      new RequestVerifier(
          SandboxKeys.published(),
          Clock.systemUTC(),
          Duration.ofMinutes(5),
          new InMemoryNonceStore());

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      answer(response, 413, error(30004, "batch too large"));
      return;
    }
    try {
      verifier.verify(
          new RequestParts("POST", request.getRequestURI(), request.getQueryString(), body),
          request::getHeader);
    } catch (RequestRejectedException e) {
      answer(response, 401, error(e.code(), "signature not accepted: " + e.error()));
      return;
    }
    SandboxState state = SandboxState.INSTANCE;
    long delay = state.takeDelay();
    if (delay > 0) {
      try {
        Thread.sleep(Math.min(delay, 60_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    JsonObject batch;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      batch = reader.readObject();
      batch.getJsonArray("records").size();
    } catch (RuntimeException e) {
      answer(response, 400, error(30011, "not a batch"));
      return;
    }
    int failure = state.takeFailure();
    if (failure > 0) {
      state.record(received(batch, 0, "HTTP " + failure + " (test switch)"));
      answer(response, failure, error(30013, "sandbox told to fail"));
      return;
    }
    JsonArray results = SandboxRules.judge(batch).build();
    int rejected =
        (int) results.stream().filter(r -> !r.asJsonObject().getBoolean("accepted")).count();
    state.record(received(batch, rejected, "200"));
    answer(
        response,
        200,
        Json.createObjectBuilder()
            .add("code", 0)
            .add("msg", "ok")
            .add("data", Json.createObjectBuilder().add("results", results))
            .build());
  }

  private static SandboxState.Received received(JsonObject batch, int rejected, String outcome) {
    return new SandboxState.Received(
        Instant.now(),
        batch.getString("feed", ""),
        batch.containsKey("batch") ? batch.getJsonNumber("batch").longValue() : 0,
        batch.getJsonArray("records").size(),
        rejected,
        outcome);
  }

  private static JsonObject error(int code, String message) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("msg", message)
        .add("data", JsonValue.NULL)
        .build();
  }

  private static void answer(HttpServletResponse response, int status, JsonObject body)
      throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/json; charset=UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
