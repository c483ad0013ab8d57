package org.onewindow.appcenter.infrastructure;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Iterator;
import java.util.Map;

/**
 * A response body as the test panel shows it (图4 返回内容): JSON indented by two spaces with Chinese as
 * is, not as Unicode escapes; anything else unchanged. JSON-P's own pretty printer fixes neither
 * the indentation nor the escaping, hence this small writer.
 */
public final class JsonDisplay {

  private static final String INDENT = "  ";

  private JsonDisplay() {}

  /** The body indented for display, or the body itself when it is not JSON. */
  public static String pretty(String body) {
    return JsonBodies.parse(body)
        .map(
            value -> {
              StringBuilder out = new StringBuilder();
              write(value, "", out);
              return out.toString();
            })
        .orElse(body);
  }

  private static void write(JsonValue value, String indent, StringBuilder out) {
    switch (value.getValueType()) {
      case OBJECT -> writeObject(value.asJsonObject(), indent, out);
      case ARRAY -> writeArray(value.asJsonArray(), indent, out);
      case STRING -> quote(((JsonString) value).getString(), out);
      default -> out.append(value); // numbers keep their text; true, false, null
    }
  }

  private static void writeObject(JsonObject object, String indent, StringBuilder out) {
    if (object.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent + INDENT;
    out.append("{\n");
    Iterator<Map.Entry<String, JsonValue>> members = object.entrySet().iterator();
    while (members.hasNext()) {
      Map.Entry<String, JsonValue> member = members.next();
      out.append(inner);
      quote(member.getKey(), out);
      out.append(": ");
      write(member.getValue(), inner, out);
      out.append(members.hasNext() ? ",\n" : "\n");
    }
    out.append(indent).append('}');
  }

  private static void writeArray(JsonArray array, String indent, StringBuilder out) {
    if (array.isEmpty()) {
      out.append("[]");
      return;
    }
    String inner = indent + INDENT;
    out.append("[\n");
    for (int i = 0; i < array.size(); i++) {
      out.append(inner);
      write(array.get(i), inner, out);
      out.append(i < array.size() - 1 ? ",\n" : "\n");
    }
    out.append(indent).append(']');
  }

  /** RFC 8259 string escaping: only the quote, the backslash and control characters. */
  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
