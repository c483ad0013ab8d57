package org.onewindow.web.portal.code;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.onewindow.common.BusyException;
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

  private static final int TOO_MANY_REQUESTS = 429;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  @EJB private HolderCodeService codes;

  @Inject private LocaleSwitch language;

  @Inject private HttpServletRequest request;

  private String token = "";
  private HolderCodeCheck result;
  private String refusal;

  public String getT() {
    return token;
  }

  public void setT(String t) {
    this.token = t == null ? "" : t.strip();
  }

  public boolean isPresented() {
    return !token.isEmpty();
  }

  /**
   * Verifies the token before the page renders (a view action), so that a verifier over the limit
   * (003 Annex A 10019) is answered 429 with the reason, and nothing is verified.
   */
  public void verify() {
    if (!isPresented() || result != null || refusal != null) {
      return;
    }
    try {
      result = codes.verify(token, request.getRemoteAddr()).in(language.getLocale());
    } catch (BusyException e) {
      refusal = e.message(language.getLocale());
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(TOO_MANY_REQUESTS);
    }
  }

  /** The outcome, verified once per request; null when the verifier was refused. */
  public HolderCodeCheck getResult() {
    verify();
    return result;
  }

  /** Why nothing was verified (too many verifications), or null. */
  public String getRefusal() {
    return refusal;
  }

  /** Beijing time, to the second. */
  public String time(TemporalAccessor instant) {
    return instant == null ? "" : TIME.format(instant);
  }
}
