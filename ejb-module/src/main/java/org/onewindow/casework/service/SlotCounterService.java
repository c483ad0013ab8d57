package org.onewindow.casework.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.onewindow.casework.domain.AppointmentSlot;
import org.onewindow.common.Roles;

/**
 * Makes a slot's counter row, in a transaction of its own: the first booking of a slot on each of
 * two nodes may both try, the unique key lets one row in and the other's insert fail — in its own
 * transaction, so the booking that lost the race still goes on and counts on the row the other
 * made. Only {@link AppointmentService} calls it, for a person booking.
 */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.ENTERPRISE_USER})
public class SlotCounterService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  /** Inserts the slot's counter if it is missing. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(String hallCode, LocalDate day, int startMinute) {
    if (exists(em, hallCode, day, startMinute)) {
      return;
    }
    em.persist(new AppointmentSlot(hallCode, day, startMinute));
    em.flush();
  }

  static boolean exists(EntityManager em, String hallCode, LocalDate day, int startMinute) {
    return !em.createQuery(
            "select s.id from AppointmentSlot s where s.hallCode = :hall and s.visitDay = :day"
                + " and s.startMinute = :start",
            Long.class)
        .setParameter("hall", hallCode)
        .setParameter("day", day)
        .setParameter("start", startMinute)
        .getResultList()
        .isEmpty();
  }
}
