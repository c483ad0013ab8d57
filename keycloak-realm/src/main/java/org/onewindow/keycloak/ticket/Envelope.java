package org.onewindow.keycloak.ticket;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.TreeMap;
import org.onewindow.crypto.ResponseCode;

/**
 * The 003 6.2.2.2 envelope {@code {"code","msg","data"}} for the ticket endpoints, written by hand
 * so the providers jar needs no JSON binding of its own.
 */
final class Envelope {

  private Envelope() {}

  static Response.ResponseBuilder ok(Map<String, String> data) {
    return Response.ok(json(ResponseCode.SUCCESS.code(), ResponseCode.SUCCESS.message(), data))
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store");
  }

  static Response.ResponseBuilder error(int status, ResponseCode code, String message) {
    return Response.status(status)
        .entity(json(code.code(), message, null))
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store");
  }

  static String json(int code, String msg, Map<String, String> data) {
    StringBuilder out = new StringBuilder("{\"code\":").append(code).append(",\"msg\":");
    quote(out, msg).append(",\"data\":");
    if (data == null) {
      out.append("null");
    } else {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, String> entry : new TreeMap<>(data).entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(out, entry.getKey()).append(':');
        quote(out, entry.getValue());
      }
      out.append('}');
    }
    return out.append('}').toString();
  }

  private static StringBuilder quote(StringBuilder out, String text) {
    out.append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
