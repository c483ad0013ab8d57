package org.onewindow.casework.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.casework.domain.Appointment;
import org.onewindow.casework.domain.AppointmentPlace;
import org.onewindow.casework.domain.AppointmentSlot;
import org.onewindow.casework.domain.AppointmentState;
import org.onewindow.casework.domain.BookingWindow;
import org.onewindow.casework.domain.ClockTimes;
import org.onewindow.casework.domain.OpeningRule;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.common.StateConflictException;
import org.onewindow.common.UnitScope;
import org.onewindow.matter.service.ServiceHallService;
import org.onewindow.matter.service.ServiceHallView;

/**
 * Appointments at the service halls (预约, 001 7.2–7.3: booking a visit online): anyone sees a hall's
 * slots and their free places; a signed-in person books a slot for a matter the hall handles, from
 * now to {@value BookingWindow#DAYS_AHEAD} days ahead, one booking per matter and day, sees their
 * bookings and cancels one, which gives its place back; the unit keeping the hall sees the day's
 * bookings, masked.
 *
 * <p>No slot is overbooked, on one node or many: a place is taken by one conditional update of the
 * slot's counter row ({@code booked < capacity}), which the database serialises on the row.
 */
@Stateless
public class AppointmentService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private ServiceHallService halls;

  @EJB private SlotCounterService counters;

  @Inject Clock clock;

  /**
   * The hall's slots on {@code date} ({@code yyyy-MM-dd}) with their free places; empty on a day it
   * takes no appointments.
   *
   * @throws NotFoundException when there is no such hall
   * @throws InvalidInputException for a day in the past, too far ahead or not a date
   */
  @PermitAll
  public List<SlotView> slots(String hallCode, String date) {
    ServiceHallView hall = halls.hall(hallCode);
    LocalDate day = day(date);
    BookingWindow.checkDay(day, BookingWindow.today(clock.instant()));
    OpeningRule rule = new HallOpenings(em).on(hall.code(), day.getDayOfWeek()).orElse(null);
    if (rule == null) {
      return List.of();
    }
    Map<Integer, Integer> booked = new HashMap<>();
    em.createQuery(
            "select s from AppointmentSlot s where s.hallCode = :hall and s.visitDay = :day",
            AppointmentSlot.class)
        .setParameter("hall", hall.code())
        .setParameter("day", day)
        .getResultStream()
        .forEach(s -> booked.put(s.getStartMinute(), s.getBooked()));
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), BookingWindow.ZONE);
    return rule.starts().stream()
        .map(
            start -> {
              int remaining = Math.max(0, rule.capacity() - booked.getOrDefault(start, 0));
              boolean begun = !day.atStartOfDay().plusMinutes(start).isAfter(now);
              return new SlotView(
                  ClockTimes.text(start),
                  ClockTimes.text(start + rule.slotMinutes()),
                  rule.capacity(),
                  remaining,
                  remaining > 0 && !begun);
            })
        .toList();
  }

  /** The days visits may be booked for ({@code yyyy-MM-dd}), today (Beijing time) first. */
  @PermitAll
  public List<String> bookableDays() {
    LocalDate today = BookingWindow.today(clock.instant());
    return today
        .datesUntil(today.plusDays(BookingWindow.DAYS_AHEAD + 1L))
        .map(LocalDate::toString)
        .toList();
  }

  /**
   * Books a place in a slot for the caller.
   *
   * @throws NotFoundException when there is no such hall
   * @throws InvalidInputException for a matter the hall does not handle, no such slot, a slot begun
   *     or in the past, a day too far ahead, a bad phone number
   * @throws StateConflictException when the slot is full or the caller has booked the matter that
   *     day already
   */
  @RolesAllowed({Roles.CITIZEN, Roles.ENTERPRISE_USER})
  public AppointmentView book(BookingRequest request) {
    CallerToken caller = CallerToken.of(session);
    ServiceHallView hall = halls.hall(request.hallCode());
    String matterCode = InputRules.singleLine("matterCode", request.matterCode());
    ServiceHallView.HallMatterView matter =
        hall.matters().stream()
            .filter(m -> m.code().equals(matterCode))
            .findFirst()
            .orElseThrow(
                () ->
                    InvalidInputException.keyed(
                        "matterCode", "casework.appointment.matterNotHandled", hall.name()));
    LocalDate day = day(request.date());
    int start = ClockTimes.minutes("start", request.start());
    BookingWindow.check(day, start, clock.instant().atZone(BookingWindow.ZONE));
    OpeningRule rule =
        new HallOpenings(em)
            .on(hall.code(), day.getDayOfWeek())
            .filter(r -> r.startsAt(start))
            .orElseThrow(() -> InvalidInputException.keyed("start", "casework.appointment.noSlot"));
    if (active(caller.username(), matterCode, day)) {
      throw StateConflictException.keyed("casework.appointment.alreadyBooked");
    }
    takePlace(hall.code(), day, start, rule.capacity());
    Appointment appointment =
        new Appointment(
            AppointmentNumbers.next(day),
            caller.username(),
            new AppointmentPlace(
                hall.code(),
                hall.name(),
                matter.code(),
                matter.name(),
                day,
                start,
                rule.slotMinutes()),
            clock.instant());
    VisitorSeals.seal(appointment, caller.displayName(), request.phone());
    try {
      em.persist(appointment);
      em.flush();
    } catch (PersistenceException e) {
      // a second booking of the same matter and day committed first on another node: the unique
      // active key refused this one (its place taken above rolls back with it)
      throw StateConflictException.keyed("casework.appointment.alreadyBooked");
    }
    return AppointmentView.of(appointment);
  }

  /** The caller's bookings, the latest visit first. */
  @RolesAllowed({Roles.CITIZEN, Roles.ENTERPRISE_USER})
  public List<AppointmentView> mine() {
    return em.createQuery(
            "select a from Appointment a where a.account = :me"
                + " order by a.visitDay desc, a.startMinute desc, a.id desc",
            Appointment.class)
        .setParameter("me", me())
        .setMaxResults(200)
        .getResultStream()
        .map(AppointmentView::of)
        .toList();
  }

  /**
   * One of the caller's bookings.
   *
   * @throws NotFoundException when the caller has none of that number
   */
  @RolesAllowed({Roles.CITIZEN, Roles.ENTERPRISE_USER})
  public AppointmentView mine(String number) {
    return AppointmentView.of(own(number));
  }

  /**
   * Cancels one of the caller's bookings and gives its place back.
   *
   * @throws NotFoundException when the caller has none of that number
   * @throws StateConflictException when it is cancelled already or its slot has begun
   */
  @RolesAllowed({Roles.CITIZEN, Roles.ENTERPRISE_USER})
  public AppointmentView cancel(String number) {
    Appointment appointment = own(number);
    if (appointment.getState() != AppointmentState.BOOKED) {
      throw StateConflictException.keyed("casework.appointment.notBooked");
    }
    LocalDateTime start =
        appointment.getDay().atStartOfDay().plusMinutes(appointment.getStartMinute());
    if (!start.isAfter(LocalDateTime.ofInstant(clock.instant(), BookingWindow.ZONE))) {
      throw StateConflictException.keyed("casework.appointment.begun");
    }
    em.createQuery(
            "update AppointmentSlot s set s.booked = s.booked - 1 where s.hallCode = :hall"
                + " and s.visitDay = :day and s.startMinute = :start and s.booked > 0")
        .setParameter("hall", appointment.getHallCode())
        .setParameter("day", appointment.getDay())
        .setParameter("start", appointment.getStartMinute())
        .executeUpdate();
    appointment.cancel(clock.instant());
    return AppointmentView.of(appointment);
  }

  /**
   * The bookings of the hall on {@code date} that hold a place, by slot: for the unit keeping the
   * hall (another unit's hall answers as a missing one).
   *
   * @throws NotFoundException when there is no such hall of the caller's unit
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public List<AppointmentView> dayList(String hallCode, String date) {
    ServiceHallView hall = halls.hall(hallCode);
    UnitScope scope =
        session.isCallerInRole(Roles.PLATFORM_ADMIN)
            ? UnitScope.platformWide()
            : UnitScope.of(session);
    scope.checkSees(hall.ownerUnit(), "casework.appointment.hallNotFound", hall.code());
    return em.createQuery(
            "select a from Appointment a where a.hallCode = :hall and a.visitDay = :day"
                + " and a.state = :booked order by a.startMinute, a.appointmentNo",
            Appointment.class)
        .setParameter("hall", hall.code())
        .setParameter("day", day(date))
        .setParameter("booked", AppointmentState.BOOKED)
        .getResultStream()
        .map(AppointmentView::of)
        .toList();
  }

  /**
   * Takes one place of the slot, or refuses: the counter row is made if missing (its own
   * transaction, {@link SlotCounterService}), then counted up only while places are free.
   */
  private void takePlace(String hallCode, LocalDate day, int start, int capacity) {
    if (!SlotCounterService.exists(em, hallCode, day, start)) {
      try {
        counters.ensure(hallCode, day, start);
      } catch (EJBException e) {
        // another booking made the row at the same moment: it is there now; if not, the insert
        // failed for another reason, which is no full slot
        if (!SlotCounterService.exists(em, hallCode, day, start)) {
          throw e;
        }
      }
    }
    int taken =
        em.createQuery(
                "update AppointmentSlot s set s.booked = s.booked + 1 where s.hallCode = :hall"
                    + " and s.visitDay = :day and s.startMinute = :start and s.booked < :capacity")
            .setParameter("hall", hallCode)
            .setParameter("day", day)
            .setParameter("start", start)
            .setParameter("capacity", capacity)
            .executeUpdate();
    if (taken == 0) {
      throw StateConflictException.keyed("casework.appointment.full");
    }
  }

  private boolean active(String account, String matterCode, LocalDate day) {
    return !em.createQuery("select a.id from Appointment a where a.activeKey = :key", Long.class)
        .setParameter("key", Appointment.activeKey(account, matterCode, day))
        .getResultList()
        .isEmpty();
  }

  private Appointment own(String number) {
    String value = InputRules.singleLine("number", number);
    return em.createQuery(
            "select a from Appointment a where a.appointmentNo = :number and a.account = :me",
            Appointment.class)
        .setParameter("number", value)
        .setParameter("me", me())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> NotFoundException.keyed("casework.appointment.notFound", value));
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private static LocalDate day(String date) {
    String value = date == null ? "" : date.strip();
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.keyed("date", "casework.appointment.date");
    }
  }
}
