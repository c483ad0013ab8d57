package org.onewindow.web.portal.casework;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.onewindow.casework.service.AppointmentService;
import org.onewindow.casework.service.AppointmentView;
import org.onewindow.common.PlatformException;
import org.onewindow.web.portal.LocaleSwitch;

/**
 * 我的预约 ({@code my-appointments.xhtml?no=}, 001 7.2, 7.7): the signed-in person's bookings with
 * their numbers, the one just booked ({@code no}) shown first as a receipt; a booking still ahead
 * can be cancelled, which gives its place back.
 */
@Named
@RequestScoped
public class MyAppointments {

  @EJB private AppointmentService appointments;

  @Inject private LocaleSwitch language;

  private String no = "";
  private List<AppointmentView> list;
  private AppointmentView receipt;
  private String error;
  private boolean cancelled;

  public List<AppointmentView> getList() {
    if (list == null) {
      list = appointments.mine();
    }
    return list;
  }

  /** The booking named by {@code no}, or null. */
  public AppointmentView getReceipt() {
    if (receipt == null && !no.isBlank()) {
      receipt = getList().stream().filter(a -> a.number().equals(no)).findFirst().orElse(null);
    }
    return receipt;
  }

  public String cancel(String number) {
    try {
      appointments.cancel(number);
      return "my-appointments.xhtml?faces-redirect=true&cancelled=true";
    } catch (PlatformException e) {
      error = e.message(language.getLocale());
      list = null;
      return null;
    }
  }

  public String getNo() {
    return no;
  }

  public void setNo(String no) {
    this.no = no == null ? "" : no.strip();
  }

  public boolean isCancelled() {
    return cancelled;
  }

  public void setCancelled(boolean cancelled) {
    this.cancelled = cancelled;
  }

  public String getError() {
    return error;
  }
}
