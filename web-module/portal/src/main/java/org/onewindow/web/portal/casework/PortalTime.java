package org.onewindow.web.portal.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on the portal's pages: Beijing time to the minute, empty for none. */
@Named
@ApplicationScoped
public class PortalTime {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  public String of(Instant at) {
    return at == null ? "" : MINUTE.format(at);
  }
}
