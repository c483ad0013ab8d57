package org.onewindow.web.portal.code;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.onewindow.identity.service.IssuedHolderCode;

/** A code as the holder's page shows it: the PNG inline, the times in Beijing time. */
public record ShownCode(
    String png, String maskedName, int level, String expiresAtText, long refreshInMillis) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  static ShownCode of(IssuedHolderCode code) {
    return new ShownCode(
        Base64.getEncoder().encodeToString(code.qrPng()),
        code.maskedName(),
        code.level(),
        TIME.format(code.expiresAt()),
        Math.max(0, Duration.between(code.issuedAt(), code.refreshAt()).toMillis()));
  }

  /** The code as JSON for the page's script: every value escaped for a JSON string. */
  String json() {
    return "{\"png\":\""
        + png
        + "\",\"maskedName\":\""
        + escape(maskedName)
        + "\",\"level\":"
        + level
        + ",\"expiresAtText\":\""
        + escape(expiresAtText)
        + "\",\"refreshInMillis\":"
        + refreshInMillis
        + "}";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\' || c < 0x20 || c == '<' || c == '>' || c == '&' || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
