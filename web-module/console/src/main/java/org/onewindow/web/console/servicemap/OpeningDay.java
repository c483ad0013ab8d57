package org.onewindow.web.console.servicemap;

import java.io.Serializable;

/** One day of the week in the appointment-hours form: open or not, and its slots. */
public class OpeningDay implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int weekday;
  private boolean open;
  private String opens = "09:00";
  private String closes = "17:00";
  private Integer slotMinutes = 30;
  private Integer capacity = 5;

  OpeningDay(int weekday) {
    this.weekday = weekday;
  }

  public int getWeekday() {
    return weekday;
  }

  /** The day's name in the bundle. */
  public String getWeekdayKey() {
    return "appointment.weekday." + weekday;
  }

  public boolean isOpen() {
    return open;
  }

  public void setOpen(boolean open) {
    this.open = open;
  }

  public String getOpens() {
    return opens;
  }

  public void setOpens(String opens) {
    this.opens = opens;
  }

  public String getCloses() {
    return closes;
  }

  public void setCloses(String closes) {
    this.closes = closes;
  }

  public Integer getSlotMinutes() {
    return slotMinutes;
  }

  public void setSlotMinutes(Integer slotMinutes) {
    this.slotMinutes = slotMinutes;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }
}
