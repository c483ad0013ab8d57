package org.onewindow.outbound;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A call the gateway passes on to a registered interface as it came (000 9.4.4): the caller's raw
 * query and body, under the interface's own timeout, with the headers the gateway adds (the
 * platform's signature in security mode).
 *
 * @param address the interface's registered address
 * @param method its method
 * @param rawQuery the caller's query, still encoded, appended to the address's own; may be empty
 * @param body the caller's body; empty for GET
 * @param contentType the body's type, or empty
 * @param headers headers to add; the same ones are refused as for {@link UpstreamRequest}
 * @param timeout the whole exchange's limit, at most the policy's
 */
public record ForwardRequest(
    URI address,
    HttpMethod method,
    String rawQuery,
    byte[] body,
    String contentType,
    Map<String, String> headers,
    Duration timeout) {

  public ForwardRequest {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(method, "method");
    rawQuery = rawQuery == null ? "" : rawQuery;
    body = body == null ? new byte[0] : body;
    contentType = contentType == null ? "" : contentType;
    headers = UpstreamRequest.checkedHeaders(headers == null ? Map.of() : headers);
    Objects.requireNonNull(timeout, "timeout");
  }

  /** The address with the caller's query after any the address has. */
  URI target() {
    if (rawQuery.isEmpty()) {
      return address;
    }
    String text = address.toString();
    int hash = text.indexOf('#');
    text = hash < 0 ? text : text.substring(0, hash);
    String separator = address.getRawQuery() == null ? "?" : "&";
    return URI.create(text + separator + rawQuery);
  }
}
