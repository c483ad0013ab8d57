package org.onewindow.casework.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onewindow.casework.domain.ClockTimes;
import org.onewindow.casework.domain.HallOpening;
import org.onewindow.casework.domain.OpeningRule;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Messages;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.matter.service.ServiceHallService;
import org.onewindow.matter.service.ServiceHallView;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * A hall's appointment hours (001 7.2 网上预约): per day of the week, when slots begin and end, how
 * long one is and how many visitors it takes. Anyone reads them; the unit that keeps the hall sets
 * them — the hall registry's scope ({@link UnitScope}: another unit's hall answers as a missing
 * one), platform administrators for every unit. Every change is audited.
 */
@Stateless
public class HallOpeningService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private ServiceHallService halls;

  @EJB private AuditService audit;

  @Inject Clock clock;

  /**
   * The hall's hours, Monday first; empty when it takes no appointments.
   *
   * @throws org.onewindow.common.NotFoundException when there is no such hall
   */
  @PermitAll
  public List<OpeningView> openings(String hallCode) {
    ServiceHallView hall = halls.hall(hallCode);
    return new HallOpenings(em)
        .of(hall.code()).stream().map(o -> OpeningView.of(o.rule())).toList();
  }

  /**
   * Replaces the hall's hours with {@code drafts} (none: no appointments). Places already booked
   * stay booked; a smaller capacity only stops new bookings of a fuller slot.
   *
   * @throws org.onewindow.common.NotFoundException when there is no such hall of the caller's unit
   * @throws InvalidInputException for a day twice or a rule out of bounds ({@link OpeningRule})
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public List<OpeningView> replace(String hallCode, List<OpeningDraft> drafts) {
    ServiceHallView hall = halls.hall(hallCode);
    scope().checkSees(hall.ownerUnit(), "casework.appointment.hallNotFound", hall.code());
    List<OpeningRule> rules = checked(drafts == null ? List.of() : drafts);
    HallOpenings openings = new HallOpenings(em);
    openings.of(hall.code()).forEach(em::remove);
    em.flush();
    String me = session.getCallerPrincipal().getName();
    rules.forEach(rule -> em.persist(new HallOpening(hall.code(), rule, me, clock.instant())));
    audit.recordInCallersTransaction(
        AuditEvent.platformSuccess(
            clock.instant(),
            "HALL_OPENINGS_CHANGED",
            me,
            Messages.text(
                "casework.opening.audit",
                Messages.PLATFORM_LOCALE,
                hall.code(),
                rules.stream()
                    .map(
                        r ->
                            r.weekday().getValue()
                                + " "
                                + ClockTimes.text(r.opens())
                                + "-"
                                + ClockTimes.text(r.closes())
                                + "/"
                                + r.slotMinutes()
                                + "x"
                                + r.capacity())
                    .collect(Collectors.joining(", ")))));
    return rules.stream().map(OpeningView::of).toList();
  }

  private static List<OpeningRule> checked(List<OpeningDraft> drafts) {
    if (drafts.size() > 7) {
      throw InvalidInputException.keyed("openings", "casework.opening.weekdayTwice");
    }
    Set<Integer> days = new HashSet<>();
    List<OpeningRule> rules = new ArrayList<>();
    for (OpeningDraft draft : drafts) {
      if (draft == null || draft.weekday() == null || draft.weekday() < 1 || draft.weekday() > 7) {
        throw InvalidInputException.keyed("weekday", "casework.opening.weekday");
      }
      if (!days.add(draft.weekday())) {
        throw InvalidInputException.keyed("weekday", "casework.opening.weekdayTwice");
      }
      rules.add(
          OpeningRule.checked(
              DayOfWeek.of(draft.weekday()),
              ClockTimes.minutes("opens", draft.opens()),
              ClockTimes.minutes("closes", draft.closes()),
              draft.slotMinutes() == null ? 0 : draft.slotMinutes(),
              draft.capacity() == null ? 0 : draft.capacity()));
    }
    return rules;
  }

  private UnitScope scope() {
    return session.isCallerInRole(Roles.PLATFORM_ADMIN)
        ? UnitScope.platformWide()
        : UnitScope.of(session);
  }
}
