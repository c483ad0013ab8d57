package org.onewindow.crypto.signing;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;

/**
 * The parts of an HTTP request that its signature covers, exactly as they travel: the path and
 * query still percent-encoded ({@link URI#getRawPath()}, {@code HttpServletRequest.getRequestURI()}
 * and {@code getQueryString()}), the body as sent. Both sides build one; {@link CanonicalRequest}
 * makes them comparable.
 *
 * @param method the HTTP method, any case
 * @param rawPath the encoded path, starting with {@code '/'}; empty means {@code "/"}
 * @param rawQuery the encoded query without {@code '?'}; {@code null} or empty for none
 * @param body the body; {@code null} or empty for none
 */
public record RequestParts(String method, String rawPath, String rawQuery, byte[] body) {

  public RequestParts {
    Objects.requireNonNull(method, "method");
    rawPath = rawPath == null ? "" : rawPath;
    rawQuery = rawQuery == null ? "" : rawQuery;
    body = body == null ? new byte[0] : body.clone();
  }

  /** A request for {@code uri}, whose raw path and raw query are used. */
  public static RequestParts of(String method, URI uri, byte[] body) {
    return new RequestParts(method, uri.getRawPath(), uri.getRawQuery(), body);
  }

  /** A copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestParts that
        && method.equals(that.method)
        && rawPath.equals(that.rawPath)
        && rawQuery.equals(that.rawQuery)
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, rawPath, rawQuery, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    // Not the body: it may hold personal data.
    String query = rawQuery.isEmpty() ? "" : "?" + rawQuery;
    return method + " " + rawPath + query + " (" + body.length + " bytes)";
  }
}
