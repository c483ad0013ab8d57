package org.onewindow.matter.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.notice.Notices;

/**
 * Tells a matter's subscribers that a new version of it is in force (issue 20 item 4): one notice
 * each in their message centre, posted in the publishing transaction, so a notice exists exactly
 * when the publication does — none lost on a crash, none for a publication rolled back. The one
 * place subscriptions reach the message centre.
 */
final class SubscriberNotices {

  /** Where the notice leads: the matter's public page. */
  static final String LINK = "/portal/matter.xhtml?code=";

  private SubscriberNotices() {}

  /** Posts the notice of {@code version}'s publication to every subscriber of its matter. */
  static void announce(EntityManager em, MatterVersion version, Instant at) {
    em.createQuery(
            "select s.account from MatterSubscription s where s.implementationCode = :code"
                + " order by s.id",
            String.class)
        .setParameter("code", version.getImplementationCode())
        .getResultStream()
        .forEach(
            account ->
                Notices.post(
                    em,
                    account,
                    "matter.subscription.notice",
                    LINK + version.getImplementationCode(),
                    at,
                    version.getName(),
                    String.valueOf(version.getVersionNumber())));
  }
}
