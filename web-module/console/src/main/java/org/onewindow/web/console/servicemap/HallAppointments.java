package org.onewindow.web.console.servicemap;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.casework.service.AppointmentService;
import org.onewindow.casework.service.AppointmentView;
import org.onewindow.casework.service.HallOpeningService;
import org.onewindow.casework.service.OpeningDraft;
import org.onewindow.casework.service.OpeningView;
import org.onewindow.matter.service.ServiceHallService;
import org.onewindow.matter.service.ServiceHallView;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.ConsoleTexts;

/**
 * A hall's appointments in the console (001 7.2; issue 20 item 4): its appointment hours per day of
 * the week — slot length and visitors per slot — and the bookings of a day, masked. The halls are
 * those the caller keeps; what may be changed is the services' rule, their refusal the message.
 */
@Named
@ViewScoped
public class HallAppointments implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ServiceHallService halls;
  @EJB private HallOpeningService openings;
  @EJB private AppointmentService appointments;

  private transient List<ServiceHallView> managed;
  private transient List<AppointmentView> bookings;
  private transient List<String> days;

  private String hall = "";
  private String date = "";
  private List<OpeningDay> week = emptyWeek();

  /** The halls the caller keeps. */
  public List<ServiceHallView> getManaged() {
    if (managed == null) {
      managed = halls.managed();
    }
    return managed;
  }

  /** Reads the chosen hall's hours into the form. */
  public void choose() {
    week = emptyWeek();
    bookings = null;
    if (hall.isBlank()) {
      return;
    }
    ConsolePages.attempt(
        () -> {
          for (OpeningView view : openings.openings(hall)) {
            OpeningDay day = week.get(view.weekday() - 1);
            day.setOpen(true);
            day.setOpens(view.opens());
            day.setCloses(view.closes());
            day.setSlotMinutes(view.slotMinutes());
            day.setCapacity(view.capacity());
          }
        });
  }

  public void save() {
    List<OpeningDraft> drafts = new ArrayList<>();
    for (OpeningDay day : week) {
      if (day.isOpen()) {
        drafts.add(
            new OpeningDraft(
                day.getWeekday(),
                day.getOpens(),
                day.getCloses(),
                day.getSlotMinutes(),
                day.getCapacity()));
      }
    }
    if (ConsolePages.attempt(() -> openings.replace(hall, drafts))) {
      ConsolePages.info(ConsoleTexts.text(ConsolePages.language(), "appointment.saved"));
    } else {
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** The chosen hall's bookings on the chosen day. */
  public List<AppointmentView> getBookings() {
    if (bookings == null) {
      bookings = List.of();
      if (!hall.isBlank()) {
        ConsolePages.attempt(
            () -> bookings = appointments.dayList(hall, date.isBlank() ? today() : date));
      }
    }
    return bookings;
  }

  /** The days bookings can be for: today and the next ones. */
  public List<String> getDays() {
    if (days == null) {
      days = appointments.bookableDays();
    }
    return days;
  }

  private String today() {
    return getDays().get(0);
  }

  private static List<OpeningDay> emptyWeek() {
    List<OpeningDay> week = new ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      week.add(new OpeningDay(day));
    }
    return week;
  }

  public String getHall() {
    return hall;
  }

  public void setHall(String hall) {
    this.hall = hall == null ? "" : hall.strip();
  }

  public String getDate() {
    return date.isBlank() ? today() : date;
  }

  public void setDate(String date) {
    this.date = date == null ? "" : date.strip();
    bookings = null;
  }

  public List<OpeningDay> getWeek() {
    return week;
  }
}
