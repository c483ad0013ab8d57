package org.onewindow.outbound.http;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request: where it goes (the URI for the request line, Host, SNI and the certificate check;
 * the addresses connected to are the client's resolver's, never looked up elsewhere), what it
 * carries and when it must be over.
 *
 * @param method GET or POST, as sent
 * @param target an absolute http or https URI without user info
 * @param headers extra headers in order; names and values must not break the line
 * @param body the body, or {@code null} for none (no Content-Length is sent then)
 * @param deadlineNanos a {@link System#nanoTime()} by which the whole exchange ends
 */
public record ExchangeRequest(
    String method, URI target, Map<String, String> headers, byte[] body, long deadlineNanos) {

  public ExchangeRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers)); // sent in this order
    // The head is written as raw bytes: a line break in a name or value would add a header.
    headers.forEach(
        (name, value) -> {
          if (!safe(name) || name.isEmpty() || name.indexOf(':') >= 0 || !safe(value)) {
            throw new IllegalArgumentException("header breaks the request line: " + name);
          }
        });
  }

  /** Whether the method may be sent again after a kept-alive connection turned out closed. */
  boolean idempotent() {
    return idempotent(method);
  }

  static boolean idempotent(String method) {
    return method.equals("GET") || method.equals("HEAD");
  }

  private static boolean safe(String text) {
    return text.indexOf('\r') < 0 && text.indexOf('\n') < 0 && text.indexOf('\0') < 0;
  }
}
