package org.onewindow.inspection.infrastructure;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onewindow.inspection.domain.BrowserCheck;
import org.onewindow.inspection.domain.PageRender;

/**
 * Turns the DevTools events of one page load into findings (000 8.2.3 c 界面巡检; 003 6.7.3):
 *
 * <ul>
 *   <li>render errors: {@code Runtime.exceptionThrown} (uncaught exceptions), {@code
 *       Runtime.consoleAPICalled} of type error, {@code Log.entryAdded} at level error (other than
 *       the network's own echo of a failed load, counted once below), a response of HTTP 400 or
 *       above ({@code Network.responseReceived}), a load that failed ({@code
 *       Network.loadingFailed}, not cancelled), and a request the address guard refused;
 *   <li>mixed content: on an {@code https:} page, a request for an {@code http:} address, or one
 *       Chromium blocked or upgraded as mixed content (its own {@code mixedContentType} or {@code
 *       blockedReason}, or a {@code Mixed Content:} log entry);
 *   <li>page weight: the sum of {@code Network.loadingFinished} {@code encodedDataLength}.
 * </ul>
 *
 * The browser's own {@code /favicon.ico} probe is not the page's and is not counted. Events come in
 * on the WebSocket's thread while the renderer reads the findings on its own: methods are
 * synchronized. Plain Java, fed recorded messages in its unit test.
 */
public final class RenderRecorder {

  private static final int MESSAGE_LENGTH = 200;

  private final String sessionId;
  private String pageUrl;
  private boolean loaded;
  private int errors;
  private final List<String> messages = new ArrayList<>();
  private final Set<String> mixed = new LinkedHashSet<>();
  private final Set<String> refusedRequests = new LinkedHashSet<>();
  private long bytes;
  private final java.util.Map<String, String> urls = new java.util.HashMap<>();

  /**
   * @param sessionId the page's flat session: events of other sessions (the browser's) are ignored;
   *     {@code null} to take every event
   */
  public RenderRecorder(String sessionId) {
    this.sessionId = sessionId;
  }

  /** Takes one protocol message; anything not understood is ignored. */
  public synchronized void accept(JsonObject message) {
    if (sessionId != null && !sessionId.equals(message.getString("sessionId", null))) {
      return;
    }
    JsonObject params =
        message.containsKey("params") && message.get("params") instanceof JsonObject p
            ? p
            : JsonValue.EMPTY_JSON_OBJECT;
    switch (message.getString("method", "")) {
      case "Page.loadEventFired" -> loaded = true;
      case "Network.requestWillBeSent" -> requestWillBeSent(params);
      case "Network.responseReceived" -> responseReceived(params);
      case "Network.loadingFailed" -> loadingFailed(params);
      case "Network.loadingFinished" -> bytes += number(params, "encodedDataLength");
      case "Runtime.exceptionThrown" -> exceptionThrown(params);
      case "Runtime.consoleAPICalled" -> consoleCalled(params);
      case "Log.entryAdded" -> logEntry(params);
      default -> {
        // not a finding
      }
    }
  }

  /** A request the page made that the address guard refused, failed before it was sent. */
  public synchronized void refused(String networkId, String url, String reason) {
    if (networkId != null) {
      refusedRequests.add(networkId);
    }
    error("refused by the outbound policy (" + reason + "): " + url);
  }

  /** The page itself could not be loaded ({@code Page.navigate}'s errorText). */
  public synchronized void navigationFailed(String url, String error) {
    error(error + ": " + url);
  }

  /** Whether the page's load event has fired. */
  public synchronized boolean loaded() {
    return loaded;
  }

  /** The document's address as the browser requested it, or {@code null} before. */
  public synchronized String pageUrl() {
    return pageUrl;
  }

  /**
   * The findings so far, with the link check's and the screenshot added.
   *
   * @param brokenLinks each broken link with its status or failure
   * @param linksChecked how many links were checked
   * @param screenshot PNG bytes or {@code null}
   */
  public synchronized PageRender findings(
      List<String> brokenLinks, int linksChecked, byte[] screenshot) {
    return new PageRender(
        loaded ? BrowserCheck.RENDERED : BrowserCheck.TIMED_OUT,
        errors,
        messages,
        brokenLinks.size(),
        brokenLinks.stream().limit(PageRender.KEPT).map(RenderRecorder::shortened).toList(),
        linksChecked,
        mixed.size(),
        mixed.stream().limit(PageRender.KEPT).map(RenderRecorder::shortened).toList(),
        bytes,
        screenshot,
        null);
  }

  private void requestWillBeSent(JsonObject params) {
    JsonObject request = object(params, "request");
    String url = request.getString("url", "");
    if (urls.size() < 10_000) {
      urls.put(params.getString("requestId", ""), url);
    }
    if ("Document".equals(params.getString("type", "")) && pageUrl == null) {
      pageUrl = url;
      return;
    }
    String mixedType = request.getString("mixedContentType", "none");
    if (securePage() && (url.startsWith("http:") || !"none".equals(mixedType))) {
      mixed.add(url);
    }
  }

  private void responseReceived(JsonObject params) {
    JsonObject response = object(params, "response");
    int status = (int) number(response, "status");
    String url = response.getString("url", "");
    if (status >= 400 && !favicon(url)) {
      error("HTTP " + status + ": " + url);
    }
  }

  private void loadingFailed(JsonObject params) {
    String requestId = params.getString("requestId", "");
    if (refusedRequests.contains(requestId) || params.getBoolean("canceled", false)) {
      return;
    }
    String blocked = params.getString("blockedReason", "");
    if (blocked.startsWith("mixed-content")) {
      mixed.add(urls.getOrDefault(requestId, "request " + requestId));
      return;
    }
    String url = urls.getOrDefault(requestId, "");
    if (favicon(url)) {
      return;
    }
    error(
        params.getString("errorText", "failed")
            + (blocked.isEmpty() ? "" : " " + blocked)
            + (url.isEmpty() ? "" : ": " + url));
  }

  private void exceptionThrown(JsonObject params) {
    JsonObject details = object(params, "exceptionDetails");
    JsonObject exception = object(details, "exception");
    String text = exception.getString("description", details.getString("text", "exception"));
    error(firstLine(text) + where(details));
  }

  private void consoleCalled(JsonObject params) {
    if (!"error".equals(params.getString("type", ""))) {
      return;
    }
    StringBuilder text = new StringBuilder("console.error:");
    JsonValue args = params.get("args");
    if (args instanceof JsonArray list) {
      for (JsonValue arg : list) {
        if (arg instanceof JsonObject remote) {
          text.append(' ').append(remoteText(remote));
        }
      }
    }
    error(text.toString());
  }

  private void logEntry(JsonObject params) {
    JsonObject entry = object(params, "entry");
    String text = entry.getString("text", "");
    if (text.startsWith("Mixed Content:")) {
      mixed.add(entry.getString("url", firstLine(text)));
      return;
    }
    // The network's entries echo a failed load already counted from Network.* events.
    if ("error".equals(entry.getString("level", ""))
        && !"network".equals(entry.getString("source", ""))) {
      error(
          firstLine(text)
              + (entry.containsKey("url") ? " (" + entry.getString("url", "") + ")" : ""));
    }
  }

  private void error(String message) {
    errors++;
    if (messages.size() < PageRender.KEPT) {
      messages.add(shortened(message));
    }
  }

  private boolean securePage() {
    return pageUrl != null && pageUrl.toLowerCase(Locale.ROOT).startsWith("https:");
  }

  private static boolean favicon(String url) {
    try {
      return "/favicon.ico".equals(URI.create(url).getPath());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String where(JsonObject details) {
    String url = details.getString("url", "");
    if (url.isEmpty()) {
      return "";
    }
    return " (" + url + ":" + (number(details, "lineNumber") + 1) + ")";
  }

  private static String remoteText(JsonObject remote) {
    JsonValue value = remote.get("value");
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value != null) {
      return value.toString();
    }
    return firstLine(remote.getString("description", remote.getString("type", "")));
  }

  private static JsonObject object(JsonObject parent, String name) {
    return parent.get(name) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
  }

  private static long number(JsonObject parent, String name) {
    return parent.get(name) instanceof JsonNumber n ? n.longValue() : 0;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  static String shortened(String text) {
    String flat = text.replaceAll("[\\r\\n\\t]+", " ").strip();
    return flat.length() <= MESSAGE_LENGTH ? flat : flat.substring(0, MESSAGE_LENGTH - 1) + "…";
  }
}
