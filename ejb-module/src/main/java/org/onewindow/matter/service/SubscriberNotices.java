package org.onewindow.matter.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.notice.Notices;

/**
 * Tells a matter's subscribers that a new version of it is in force, or that it was withdrawn
 * (issue 20 item 4): one notice each in their message centre, posted in the publishing (or
 * withdrawing) transaction, so a notice exists exactly when the publication does — none lost on a
 * crash, none for a publication rolled back. The one place subscriptions reach the message centre.
 */
final class SubscriberNotices {

  /** Where the notice leads: the matter's public page. */
  static final String LINK = "/portal/matter.xhtml?code=";

  private SubscriberNotices() {}

  /** Where a withdrawn matter's notice leads: the list, as the matter has no page any more. */
  static final String WITHDRAWN_LINK = "/portal/matters.xhtml";

  /** Posts the notice of {@code version}'s publication to every subscriber of its matter. */
  static void announce(EntityManager em, MatterVersion version, Instant at) {
    tellSubscribers(
        em,
        version,
        "matter.subscription.notice",
        LINK + version.getImplementationCode(),
        at,
        version.getName(),
        String.valueOf(version.getVersionNumber()));
  }

  /**
   * Posts the notice that {@code version}'s matter was withdrawn (事项取消), with the reason, to every
   * subscriber: a person following a matter learns that it can no longer be applied for.
   */
  static void announceWithdrawal(
      EntityManager em, MatterVersion version, String reason, Instant at) {
    tellSubscribers(
        em,
        version,
        "matter.subscription.withdrawn",
        WITHDRAWN_LINK,
        at,
        version.getName(),
        reason);
  }

  private static void tellSubscribers(
      EntityManager em,
      MatterVersion version,
      String key,
      String link,
      Instant at,
      String... arguments) {
    em.createQuery(
            "select s.account from MatterSubscription s where s.implementationCode = :code"
                + " order by s.id",
            String.class)
        .setParameter("code", version.getImplementationCode())
        .getResultStream()
        .forEach(account -> Notices.post(em, account, key, link, at, arguments));
  }
}
