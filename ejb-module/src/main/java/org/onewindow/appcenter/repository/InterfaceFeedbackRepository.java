package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.onewindow.appcenter.domain.FeedbackStatus;
import org.onewindow.appcenter.domain.InterfaceFeedback;

/** Sensitive-word feedback to interface providers (000 9.4.3 b). */
public final class InterfaceFeedbackRepository {

  private final EntityManager em;

  public InterfaceFeedbackRepository(EntityManager em) {
    this.em = em;
  }

  /** The interface's open items. */
  public List<InterfaceFeedback> openOf(long interfaceId) {
    return em.createQuery(
            "select f from InterfaceFeedback f where f.interfaceId = :i and f.status = :open",
            InterfaceFeedback.class)
        .setParameter("i", interfaceId)
        .setParameter("open", FeedbackStatus.OPEN)
        .getResultList();
  }

  /** The interface's items, open ones first, newest first. */
  public List<InterfaceFeedback> ofInterface(long interfaceId) {
    return em.createQuery(
            "select f from InterfaceFeedback f where f.interfaceId = :i"
                + " order by f.status desc, f.lastSeenAt desc, f.id desc",
            InterfaceFeedback.class)
        .setParameter("i", interfaceId)
        .getResultList(); // OPEN sorts after ACKNOWLEDGED: descending puts open items first
  }
}
