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

  private static final KeptMatters<MatterSubscription> LIST =
      new KeptMatters<>(
          MatterSubscription.class,
          MatterSubscription.MAX_PER_ACCOUNT,
          "matter.subscription.tooMany",
          MatterSubscription::new);

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject Clock clock;

  /**
   * Adds the matter to the caller's subscriptions; adding one already there changes nothing.
   *
   * @throws org.onewindow.common.NotFoundException when no version of it is in force
   * @throws org.onewindow.common.StateConflictException when the caller keeps the most
   *     subscriptions already
   * @throws jakarta.ejb.EJBAccessException for a caller who has not signed in
   */
  public void add(String implementationCode) {
    LIST.add(em, Accounts.signedIn(session), implementationCode, clock.instant());
  }

  /** Takes the matter out of the caller's subscriptions, if it is there. */
  public void remove(String implementationCode) {
    LIST.remove(em, Accounts.signedIn(session), implementationCode);
  }

  /** Whether the caller keeps the matter among their subscriptions (false for a visitor). */
  public boolean isSubscribed(String implementationCode) {
    return !Accounts.isAnonymous(session)
        && LIST.contains(em, Accounts.signedIn(session), implementationCode);
  }

  /** The caller's subscriptions, the latest kept first. */
  public List<MatterBookmark> list() {
    return LIST.list(em, Accounts.signedIn(session));
  }
}
