package org.onewindow.notice;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Posts notices in the caller's transaction: a capability's service calls it where the change it
 * announces is made, so the two commit or roll back together. Not an EJB, so no page can post one.
 */
public final class Notices {

  private Notices() {}

  /**
   * Posts a notice to {@code recipient} (a user name); nothing for a blank recipient.
   *
   * @param messageKey the message, in the poster's bundle
   * @param link a console path the notice is about, or empty
   */
  public static void post(
      EntityManager em,
      String recipient,
      String messageKey,
      String link,
      Instant at,
      String... arguments) {
    if (recipient == null || recipient.isBlank()) {
      return;
    }
    em.persist(new Notice(recipient, messageKey, List.of(arguments), link, at));
  }
}
