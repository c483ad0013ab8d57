package org.onewindow.casework.service;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.onewindow.casework.domain.HallOpening;
import org.onewindow.casework.domain.OpeningRule;

/** Reads a hall's appointment hours. */
final class HallOpenings {

  private final EntityManager em;

  HallOpenings(EntityManager em) {
    this.em = em;
  }

  List<HallOpening> of(String hallCode) {
    return em.createQuery(
            "select o from HallOpening o where o.hallCode = :hall order by o.weekday",
            HallOpening.class)
        .setParameter("hall", hallCode)
        .getResultList();
  }

  /** The rule of {@code weekday}, none when the hall takes no appointments that day. */
  Optional<OpeningRule> on(String hallCode, DayOfWeek weekday) {
    return em.createQuery(
            "select o from HallOpening o where o.hallCode = :hall and o.weekday = :day",
            HallOpening.class)
        .setParameter("hall", hallCode)
        .setParameter("day", weekday.getValue())
        .getResultStream()
        .findFirst()
        .map(HallOpening::rule);
  }
}
