package org.onewindow.web.console.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the filing pages show them ({@code #{timeFormat.of(…)}}): Beijing time to the minute,
 * as the record's PDF and the export write them; nothing for none.
 */
@Named
@ApplicationScoped
public class TimeFormat {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  public String of(Instant instant) {
    return instant == null ? "" : MINUTES.format(instant);
  }
}
