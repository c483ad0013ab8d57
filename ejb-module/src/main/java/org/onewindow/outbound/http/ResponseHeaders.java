package org.onewindow.outbound.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;

/** A response's header fields as the platform passes them on: by lower-case name, cleaned. */
final class ResponseHeaders {

  private ResponseHeaders() {}

  /** Values in arrival order under their lower-case name. */
  static Map<String, List<String>> of(HttpResponse response) {
    Map<String, List<String>> headers = new TreeMap<>();
    for (Header header : response.getHeaders()) {
      headers
          .computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), n -> new ArrayList<>())
          .add(value(header.getValue()));
    }
    return headers;
  }

  /**
   * A field value with a bare CR or a NUL replaced by a space (RFC 9110 5.5): a value is passed on
   * (the gateway answers with the interface's Content-Type), and a CR inside it must not become a
   * line break further on. HttpClient ends a line at LF only, so a bare CR reaches this far.
   */
  static String value(String raw) {
    return raw == null ? "" : raw.replace('\r', ' ').replace('\0', ' ').strip();
  }
}
