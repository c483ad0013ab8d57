package org.onewindow.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.onewindow.filing.service.FilingRecordService;
import org.onewindow.filing.service.VerificationView;

/**
 * The public verification page of a filing record (issue 18 item 3): what its QR code opens — the
 * record's number and signature in the address — checked by the platform without a login, the
 * outcome said plainly, and the record as the platform keeps it when its signature holds.
 */
@Named
@RequestScoped
public class VerifyFilingRecord {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  @EJB private FilingRecordService records;

  @Inject private LocaleSwitch language;

  private String number = "";
  private String signature = "";
  private VerificationView result;

  public String getNo() {
    return number;
  }

  public void setNo(String no) {
    this.number = no == null ? "" : no;
  }

  public String getSig() {
    return signature;
  }

  public void setSig(String sig) {
    this.signature = sig == null ? "" : sig;
  }

  /** The outcome, verified once per request. */
  public VerificationView getResult() {
    if (result == null) {
      result = records.verify(number, signature).in(language.getLocale());
    }
    return result;
  }

  /** Chinese Standard Time, to the second. */
  public String time(TemporalAccessor instant) {
    return instant == null ? "" : TIME.format(instant);
  }
}
