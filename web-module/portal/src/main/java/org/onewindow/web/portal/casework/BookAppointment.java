package org.onewindow.web.portal.casework;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.onewindow.casework.service.AppointmentService;
import org.onewindow.casework.service.AppointmentView;
import org.onewindow.casework.service.BookingRequest;
import org.onewindow.casework.service.SlotView;
import org.onewindow.common.PlatformException;
import org.onewindow.matter.service.ServiceHallService;
import org.onewindow.matter.service.ServiceHallView;
import org.onewindow.web.portal.LocaleSwitch;

/**
 * 预约办事 ({@code appointment.xhtml?hall=&date=&matter=}, 001 7.2): pick a hall and a day (a GET form,
 * no script), see its slots with their free places, choose the matter and book one; the booking's
 * number is shown on {@code my-appointments.xhtml}. The service says what is refused.
 */
@Named
@ViewScoped
public class BookAppointment implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ServiceHallService halls;
  @EJB private AppointmentService appointments;

  @Inject private LocaleSwitch language;

  private String hall = "";
  private String date = "";
  private String matter = "";
  private String phone = "";
  // what the page shows, read again after the view is restored (a hall's view is no session state)
  private transient List<ServiceHallView> choices;
  private transient ServiceHallView chosen;
  private transient List<SlotView> slots;
  private transient List<String> days;
  private transient String error;

  /** The view action of a GET: the chosen hall's slots on the chosen day (today by default). */
  public void load() {
    try {
      if (date.isBlank()) {
        date = getDays().get(0);
      }
      if (!hall.isBlank()) {
        chosen = halls.hall(hall);
        if (matter.isBlank() || !chosen.handles(matter)) {
          matter = chosen.matters().isEmpty() ? "" : chosen.matters().get(0).code();
        }
        slots = appointments.slots(hall, date);
      }
    } catch (PlatformException e) {
      error = e.message(language.getLocale());
      slots = List.of();
    }
  }

  /** Books the slot starting {@code start}; to the booking's page, or back here saying why not. */
  public String book(String start) {
    try {
      AppointmentView booked =
          appointments.book(new BookingRequest(hall, matter, date, start, phone));
      return "my-appointments.xhtml?faces-redirect=true&no="
          + URLEncoder.encode(booked.number(), StandardCharsets.UTF_8);
    } catch (PlatformException e) {
      error = e.message(language.getLocale());
      slots = null;
      return null;
    }
  }

  /** The days a visit may be booked for, today first. */
  public List<String> getDays() {
    if (days == null) {
      days = appointments.bookableDays();
    }
    return days;
  }

  public String getHall() {
    return hall;
  }

  public void setHall(String hall) {
    this.hall = hall == null ? "" : hall.strip();
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date == null ? "" : date.strip();
  }

  public String getMatter() {
    return matter;
  }

  public void setMatter(String matter) {
    this.matter = matter == null ? "" : matter.strip();
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone == null ? "" : phone.strip();
  }

  public List<ServiceHallView> getChoices() {
    if (choices == null) {
      // from a matter's page: the halls handling it, else every hall
      try {
        choices = matter.isBlank() ? List.of() : halls.halls("", matter);
      } catch (PlatformException e) {
        choices = List.of();
      }
      if (choices.isEmpty()) {
        choices = halls.halls("", "");
      }
    }
    return choices;
  }

  /** The hall chosen, or null (none chosen, or no such hall). */
  public ServiceHallView getChosen() {
    if (chosen == null && !hall.isBlank()) {
      try {
        chosen = halls.hall(hall);
      } catch (PlatformException e) {
        error = e.message(language.getLocale());
      }
    }
    return chosen;
  }

  public List<SlotView> getSlots() {
    if (slots == null) {
      slots = List.of();
      if (getChosen() != null) {
        try {
          slots = appointments.slots(hall, date);
        } catch (PlatformException e) {
          error = e.message(language.getLocale());
        }
      }
    }
    return slots;
  }

  public String getError() {
    return error;
  }
}
