package org.onewindow.outbound;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.onewindow.common.InvalidInputException;

/**
 * One request the test panel sends (图4: 请求地址, 请求方式, 请求参数). Parameters and headers keep the order
 * they were entered in, so the query string reads as the panel showed it.
 *
 * @param address the registered 接口地址
 * @param method GET or POST
 * @param parameters name to value, values as typed (encoded when sent)
 * @param encoding how a POST carries the parameters; ignored for GET
 * @param headers extra request headers; hop-by-hop headers, Host and the framing headers the client
 *     sets itself are refused
 */
public record UpstreamRequest(
    URI address,
    HttpMethod method,
    Map<String, String> parameters,
    BodyEncoding encoding,
    Map<String, String> headers) {

  /**
   * Headers a caller may not set: hop-by-hop ones (RFC 9110 7.6.1) belong to one connection, Host
   * must match the checked address, and the length and type describe the body the client builds.
   */
  static final Set<String> FORBIDDEN_HEADERS =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-authenticate",
          "proxy-authorization",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "host",
          "content-length",
          "content-type",
          "expect",
          "http2-settings");

  /** RFC 9110 token characters. */
  public UpstreamRequest {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(method, "method");
    parameters = ordered(parameters);
    encoding = encoding == null ? BodyEncoding.FORM : encoding;
    headers = checkedHeaders(headers);
  }

  /**
   * The headers in their order, after refusing names that are not tokens, the headers the client
   * sets itself and values that would break the line.
   *
   * @throws InvalidInputException naming the header at fault
   */
  static Map<String, String> checkedHeaders(Map<String, String> given) {
    Map<String, String> headers = ordered(given);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      String name = header.getKey();
      if (!isToken(name)) {
        throw InvalidInputException.keyed("headers", "outbound.header.badName", name);
      }
      if (FORBIDDEN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw InvalidInputException.keyed("headers", "outbound.header.forbidden", name);
      }
      if (header.getValue().indexOf('\r') >= 0 || header.getValue().indexOf('\n') >= 0) {
        throw InvalidInputException.keyed("headers", "outbound.header.lineBreak", name);
      }
    }
    return headers;
  }

  /**
   * Whether the name is an RFC 9110 token (5.6.2: {@code tchar}s, at least one). A loop, not a
   * regular expression: every gateway call checks its headers, and the pattern was a visible part
   * of the forward path's cost in the gateway's profile.
   */
  static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean alphanumeric =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alphanumeric && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A GET with these parameters and no extra headers. */
  public static UpstreamRequest get(URI address, Map<String, String> parameters) {
    return new UpstreamRequest(address, HttpMethod.GET, parameters, BodyEncoding.FORM, Map.of());
  }

  /** A POST with these parameters in the given encoding and no extra headers. */
  public static UpstreamRequest post(
      URI address, Map<String, String> parameters, BodyEncoding encoding) {
    return new UpstreamRequest(address, HttpMethod.POST, parameters, encoding, Map.of());
  }

  private static Map<String, String> ordered(Map<String, String> map) {
    if (map == null) {
      return Map.of();
    }
    Map<String, String> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> copy.put(Objects.requireNonNull(key), value == null ? "" : value));
    return Collections.unmodifiableMap(copy);
  }
}
