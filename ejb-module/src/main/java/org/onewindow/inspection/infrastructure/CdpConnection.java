package org.onewindow.inspection.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One Chrome DevTools Protocol connection over {@link java.net.http.WebSocket}: commands carry an
 * id and their answer completes the future sent for it; everything without an id is an event,
 * handed to the listener on the WebSocket's thread (it must not block). Commands for a page go with
 * its flat {@code sessionId} (Target.attachToTarget, flatten).
 */
final class CdpConnection implements AutoCloseable {

  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
  private final Consumer<JsonObject> events;

  private CdpConnection(WebSocket socket, Consumer<JsonObject> events, Receiver receiver) {
    this.socket = socket;
    this.events = events;
    receiver.connection = this;
  }

  /** Opens the connection to a browser's DevTools endpoint ({@code ws://127.0.0.1:N/...}). */
  static CdpConnection open(URI endpoint, Consumer<JsonObject> events, Duration timeout)
      throws IOException {
    Receiver receiver = new Receiver();
    HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
    try {
      WebSocket socket =
          http.newWebSocketBuilder()
              .connectTimeout(timeout)
              .buildAsync(endpoint, receiver)
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new CdpConnection(socket, events, receiver);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while connecting to the browser", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("no DevTools connection: " + e, e);
    }
  }

  /** Sends a command; the future completes with its {@code result}, or fails with its error. */
  CompletableFuture<JsonObject> send(String sessionId, String method, JsonObject params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonObject> answer = new CompletableFuture<>();
    pending.put(id, answer);
    var message = Json.createObjectBuilder().add("id", id).add("method", method);
    if (params != null) {
      message.add("params", params);
    }
    if (sessionId != null) {
      message.add("sessionId", sessionId);
    }
    synchronized (socket) { // one text message in flight at a time, as WebSocket requires
      socket.sendText(message.build().toString(), true).join();
    }
    return answer;
  }

  /** Sends a command and waits for its result. */
  JsonObject call(String sessionId, String method, JsonObject params, Duration timeout)
      throws IOException {
    try {
      return send(sessionId, method, params).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(method + " interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException(method + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IOException(method + ": no answer in " + timeout.toMillis() + " ms", e);
    }
  }

  private void received(String text) {
    JsonObject message;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      message = reader.readObject();
    } catch (RuntimeException e) {
      return; // not a protocol message: nothing to act on
    }
    if (message.containsKey("id")) {
      CompletableFuture<JsonObject> answer = pending.remove(message.getInt("id"));
      if (answer == null) {
        return;
      }
      if (message.containsKey("error")) {
        answer.completeExceptionally(
            new IOException(message.getJsonObject("error").getString("message", "error")));
      } else {
        answer.complete(
            message.containsKey("result")
                ? message.getJsonObject("result")
                : JsonObject.EMPTY_JSON_OBJECT);
      }
      return;
    }
    try {
      events.accept(message);
    } catch (RuntimeException e) {
      // a listener's mistake must not stop the connection reading
    }
  }

  private void closed() {
    pending.values().forEach(f -> f.completeExceptionally(new IOException("browser went away")));
    pending.clear();
  }

  @Override
  public void close() {
    socket.abort();
    closed();
  }

  /** Reassembles partial text frames into messages (screenshots come in many). */
  private static final class Receiver implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();
    private volatile CdpConnection connection;

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        CdpConnection c = connection;
        if (c != null) {
          c.received(text);
        }
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
      CdpConnection c = connection;
      if (c != null) {
        c.closed();
      }
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      CdpConnection c = connection;
      if (c != null) {
        c.closed();
      }
    }
  }
}
