package org.onewindow.outbound.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A response as it came, its body read up to the client's limit.
 *
 * @param status the HTTP status
 * @param headers by lower-case name, values in arrival order
 * @param body the body; empty when {@code tooLarge}
 * @param tooLarge the body passed the limit and was not read further
 */
public record ExchangeResponse(
    int status, Map<String, List<String>> headers, byte[] body, boolean tooLarge) {

  public ExchangeResponse {
    headers = Map.copyOf(headers);
  }

  /** The first value of a header, or {@code null}; the name in any case. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
