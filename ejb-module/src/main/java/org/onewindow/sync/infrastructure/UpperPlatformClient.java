package org.onewindow.sync.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.signing.SignatureHeaders;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.outbound.ForwardRequest;
import org.onewindow.outbound.HttpMethod;
import org.onewindow.outbound.UpstreamOutcome;
import org.onewindow.outbound.UpstreamResult;
import org.onewindow.sync.domain.RecordVerdict;
import org.onewindow.sync.domain.UpperPlatformUnavailable;

/**
 * One upward report call (docs/wire-formats.md §8.4): the batch as JSON, signed like an interface
 * call (§1: SM3withSM2 over the canonical request, the four {@code X-OW-*} headers), sent through
 * the kernel's outbound client, retried on what may pass (no answer, a timeout, 5xx, 429) with
 * exponential backoff, at most {@link Retries#attempts()} times; anything else refuses the batch at
 * once. Each attempt is signed afresh: a nonce is never sent twice.
 */
public final class UpperPlatformClient {

  private static final Logger LOG = Logger.getLogger(UpperPlatformClient.class.getName());

  /** Made once: {@code Json.createObjectBuilder} looks the provider up at every call. */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  /** How often and how patiently a batch is tried. */
  public record Retries(int attempts, Duration firstBackoff, Duration timeout) {

    static final String ATTEMPTS = "onewindow.upper-platform.attempts";
    static final String BACKOFF_MS = "onewindow.upper-platform.backoff-ms";
    static final String TIMEOUT_MS = "onewindow.upper-platform.timeout-ms";

    public Retries {
      if (attempts < 1 || attempts > 10) {
        throw new IllegalArgumentException(ATTEMPTS + " is 1..10");
      }
    }

    /** {@value #ATTEMPTS} (3), {@value #BACKOFF_MS} (500), {@value #TIMEOUT_MS} (10000). */
    public static Retries fromSystemProperties() {
      return new Retries(
          Integer.parseInt(System.getProperty(ATTEMPTS, "3").strip()),
          Duration.ofMillis(Long.parseLong(System.getProperty(BACKOFF_MS, "500").strip())),
          Duration.ofMillis(Long.parseLong(System.getProperty(TIMEOUT_MS, "10000").strip())));
    }
  }

  /** Waits between attempts; the tests' does not. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration);
  }

  private final Function<ForwardRequest, UpstreamResult> transport;
  private final URI endpoint;
  private final RequestSigner signer;
  private final Retries retries;
  private final Sleeper sleeper;

  public UpperPlatformClient(
      Function<ForwardRequest, UpstreamResult> transport,
      URI endpoint,
      RequestSigner signer,
      Retries retries,
      Sleeper sleeper) {
    this.transport = transport;
    this.endpoint = endpoint;
    this.signer = signer;
    this.retries = retries;
    this.sleeper = sleeper;
  }

  /** The thread waits; an interrupt ends the wait and the retries. */
  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpperPlatformUnavailable("interrupted while waiting to retry");
    }
  }

  /**
   * Reports a batch; the verdicts in the records' order.
   *
   * @throws UpperPlatformUnavailable when no attempt was taken
   */
  public List<RecordVerdict> report(String feed, long batch, List<ExchangeRecord> records) {
    byte[] body = body(feed, batch, records).getBytes(StandardCharsets.UTF_8);
    Duration backoff = retries.firstBackoff();
    String last = "";
    for (int attempt = 1; attempt <= retries.attempts(); attempt++) {
      SignatureHeaders signature =
          signer.sign(new RequestParts("POST", path(endpoint), endpoint.getRawQuery(), body));
      UpstreamResult result =
          transport.apply(
              new ForwardRequest(
                  endpoint,
                  HttpMethod.POST,
                  "",
                  body,
                  "application/json; charset=UTF-8",
                  signature.headers(),
                  retries.timeout()));
      if (result.outcome() == UpstreamOutcome.OK_HTTP_RESPONSE && result.status() == 200) {
        return verdicts(result.body(), records);
      }
      last = describe(result);
      if (!worthRetrying(result)) {
        throw new UpperPlatformUnavailable(
            "the upper platform refused batch " + batch + ": " + last);
      }
      LOG.warning(
          () ->
              "upward report "
                  + feed
                  + " batch "
                  + batch
                  + " not taken, will retry: "
                  + describe(result));
      if (attempt < retries.attempts()) {
        sleeper.sleep(backoff);
        backoff = backoff.multipliedBy(2);
      }
    }
    throw new UpperPlatformUnavailable(
        "the upper platform did not take batch "
            + batch
            + " of "
            + feed
            + " after "
            + retries.attempts()
            + " attempts: "
            + last);
  }

  private static String path(URI endpoint) {
    String path = endpoint.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  static boolean worthRetrying(UpstreamResult result) {
    if (result.outcome() == UpstreamOutcome.REFUSED_BY_POLICY
        || result.outcome() == UpstreamOutcome.TOO_LARGE) {
      return false;
    }
    if (result.outcome() != UpstreamOutcome.OK_HTTP_RESPONSE) {
      return true; // no answer: connection, timeout, broken exchange
    }
    return result.status() >= 500 || result.status() == 429;
  }

  private static String describe(UpstreamResult result) {
    return result.outcome() == UpstreamOutcome.OK_HTTP_RESPONSE
        ? "HTTP " + result.status()
        : result.outcome().name();
  }

  /** The request body (§8.4). */
  public static String body(String feed, long batch, List<ExchangeRecord> records) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (ExchangeRecord record : records) {
      JsonObjectBuilder fields = JSON.createObjectBuilder();
      record.fields().forEach(fields::add);
      list.add(
          JSON.createObjectBuilder()
              .add("key", record.key())
              .add("version", record.version().toString())
              .add("fields", fields));
    }
    return JSON.createObjectBuilder()
        .add("feed", feed)
        .add("batch", batch)
        .add("records", list)
        .build()
        .toString();
  }

  /**
   * The answer {@code {"code":0,"data":{"results":[{"key","accepted","reason"}]}}}, one per record.
   */
  static List<RecordVerdict> verdicts(String body, List<ExchangeRecord> records) {
    JsonArray results;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject answer = reader.readObject();
      results = answer.getJsonObject("data").getJsonArray("results");
    } catch (JsonParsingException | ClassCastException | NullPointerException e) {
      throw new UpperPlatformUnavailable("the upper platform's answer is unreadable: " + e);
    }
    if (results == null || results.size() != records.size()) {
      throw new UpperPlatformUnavailable(
          "the upper platform answered for "
              + (results == null ? 0 : results.size())
              + " of "
              + records.size()
              + " records");
    }
    List<RecordVerdict> verdicts = new ArrayList<>();
    for (JsonValue value : results) {
      JsonObject result = value.asJsonObject();
      boolean accepted = result.getBoolean("accepted", false);
      verdicts.add(
          new RecordVerdict(
              result.getString("key", ""),
              accepted,
              accepted ? null : result.getString("reason", "")));
    }
    return verdicts;
  }
}
