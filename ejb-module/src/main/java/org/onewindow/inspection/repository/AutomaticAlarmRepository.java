package org.onewindow.inspection.repository;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.onewindow.inspection.domain.AutomaticAlarm;

/** The alarms inspection and the gateway's circuits raise (000 8.2.3 c 问题告警). */
public final class AutomaticAlarmRepository {

  private final EntityManager em;

  public AutomaticAlarmRepository(EntityManager em) {
    this.em = em;
  }

  /** The open alarm with that key ({@link AutomaticAlarm#key}), if there is one. */
  public Optional<AutomaticAlarm> open(String openKey) {
    return em.createQuery(
            "select a from AutomaticAlarm a where a.openKey = :k", AutomaticAlarm.class)
        .setParameter("k", openKey)
        .getResultStream()
        .findFirst();
  }
}
