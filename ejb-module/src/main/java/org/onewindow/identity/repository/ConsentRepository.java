package org.onewindow.identity.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.onewindow.identity.domain.ActiveConsent;
import org.onewindow.identity.domain.UserConsent;

/** Queries over users' consents (000 10.3 h). */
public final class ConsentRepository {

  private final EntityManager em;

  public ConsentRepository(EntityManager em) {
    this.em = em;
  }

  /** The user's active consent for the app, if any: the one its {@link ActiveConsent} names. */
  public Optional<UserConsent> active(String username, String appKey) {
    return em.createQuery(
            "select c from UserConsent c, ActiveConsent a where a.username = :user"
                + " and a.appKey = :app and c.id = a.consentId and c.revokedAt is null",
            UserConsent.class)
        .setParameter("user", username)
        .setParameter("app", appKey)
        .getResultStream()
        .findFirst();
  }

  /** The marker of the user's active consent for the app, if any. */
  public Optional<ActiveConsent> marker(String username, String appKey) {
    return Optional.ofNullable(
        em.find(ActiveConsent.class, new ActiveConsent.Key(username, appKey)));
  }

  /** Every consent the user gave, active and revoked, newest first. */
  public List<UserConsent> of(String username, int max) {
    return em.createQuery(
            "select c from UserConsent c where c.username = :user order by c.grantedAt desc, c.id"
                + " desc",
            UserConsent.class)
        .setParameter("user", username)
        .setMaxResults(max)
        .getResultList();
  }
}
