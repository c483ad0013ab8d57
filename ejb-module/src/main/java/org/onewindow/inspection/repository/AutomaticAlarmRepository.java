package org.onewindow.inspection.repository;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import org.onewindow.inspection.domain.AlarmCause;
import org.onewindow.inspection.domain.AutomaticAlarm;
import org.onewindow.review.SubjectKind;

/** The alarms inspection and the gateway's circuits raise (000 8.2.3 c 问题告警). */
public final class AutomaticAlarmRepository {

  private final EntityManager em;

  public AutomaticAlarmRepository(EntityManager em) {
    this.em = em;
  }

  /** The causes of the subject's open alarms, on any app. */
  public Set<AlarmCause> openCauses(SubjectKind type, long subjectId) {
    return Set.copyOf(
        em.createQuery(
                "select distinct a.cause from AutomaticAlarm a where a.subjectType = :t"
                    + " and a.subjectId = :id and a.openKey is not null",
                AlarmCause.class)
            .setParameter("t", type.name())
            .setParameter("id", subjectId)
            .getResultList());
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
