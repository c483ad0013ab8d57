package org.onewindow.web.portal.code;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.onewindow.identity.service.HolderCodeCheck;
import org.onewindow.identity.service.HolderCodeService;
import org.onewindow.web.portal.LocaleSwitch;

/**
 * The public verification page of a scanned code (000 8.1.2 k; issue 20 item 8): what the QR code
 * opens, the token in the address; checked by the platform without a login, the outcome said
 * plainly, and the holder masked as the token carries it. Opening the page uses the token up.
 */
@Named
@RequestScoped
public class VerifyHolderCode {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  @EJB private HolderCodeService codes;

  @Inject private LocaleSwitch language;

  private String token = "";
  private HolderCodeCheck result;

  public String getT() {
    return token;
  }

  public void setT(String t) {
    this.token = t == null ? "" : t.strip();
  }

  public boolean isPresented() {
    return !token.isEmpty();
  }

  /** The outcome, verified once per request. */
  public HolderCodeCheck getResult() {
    if (result == null) {
      result = codes.verify(token).in(language.getLocale());
    }
    return result;
  }

  /** Beijing time, to the second. */
  public String time(TemporalAccessor instant) {
    return instant == null ? "" : TIME.format(instant);
  }
}
