package org.onewindow.matter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.onewindow.common.StateConflictException;
import org.onewindow.matter.domain.MatterSubscription;

/**
 * A signed-in user's subscriptions to matters' changes (issue 20 item 4; 001 7.7): made on the
 * matter page, listed and cancelled in the user centre; each new version of a subscribed matter
 * that is published is announced in the subscriber's message centre ({@link SubscriberNotices}, in
 * the publishing transaction). Each account sees and changes only its own; only a matter in force
 * can be subscribed to, at most {@link MatterSubscription#MAX_PER_ACCOUNT}.
 */
@Stateless
@PermitAll
public class MatterSubscriptionService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject Clock clock;

  /**
   * Adds the matter to the caller's subscriptions; adding one already there changes nothing.
   *
   * @throws org.onewindow.common.NotFoundException when no version of it is in force
   * @throws StateConflictException when the caller keeps the most subscriptions already
   * @throws jakarta.ejb.EJBAccessException for a caller who has not signed in
   */
  public void add(String implementationCode) {
    String account = Accounts.signedIn(session);
    String code = Bookmarks.inForce(em, implementationCode);
    if (find(account, code) != null) {
      return;
    }
    long kept =
        em.createQuery(
                "select count(f) from MatterSubscription f where f.account = :account", Long.class)
            .setParameter("account", account)
            .getSingleResult();
    if (kept >= MatterSubscription.MAX_PER_ACCOUNT) {
      throw StateConflictException.keyed(
          "matter.subscription.tooMany", MatterSubscription.MAX_PER_ACCOUNT);
    }
    em.persist(new MatterSubscription(account, code, clock.instant()));
  }

  /** Takes the matter out of the caller's subscriptions, if it is there. */
  public void remove(String implementationCode) {
    MatterSubscription subscription =
        find(Accounts.signedIn(session), Bookmarks.code(implementationCode));
    if (subscription != null) {
      em.remove(subscription);
    }
  }

  /** Whether the caller keeps the matter among their subscriptions (false for a visitor). */
  public boolean isSubscribed(String implementationCode) {
    if (Accounts.isAnonymous(session)) {
      return false;
    }
    return find(Accounts.signedIn(session), Bookmarks.code(implementationCode)) != null;
  }

  /** The caller's subscriptions, the latest kept first. */
  public List<MatterBookmark> list() {
    List<MatterSubscription> subscriptions =
        em.createQuery(
                "select f from MatterSubscription f where f.account = :account"
                    + " order by f.createdAt desc, f.id desc",
                MatterSubscription.class)
            .setParameter("account", Accounts.signedIn(session))
            .getResultList();
    return Bookmarks.of(
        em,
        subscriptions.stream()
            .map(f -> new Bookmarks.Kept(f.getImplementationCode(), f.getCreatedAt()))
            .toList());
  }

  private MatterSubscription find(String account, String code) {
    return em.createQuery(
            "select f from MatterSubscription f where f.account = :account"
                + " and f.implementationCode = :code",
            MatterSubscription.class)
        .setParameter("account", account)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
