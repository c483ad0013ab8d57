package org.onewindow.notice;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Posts notices in the caller's transaction: a capability's service calls it where the change it
 * announces is made, so the two commit or roll back together. Not an EJB, so no page can post one.
 */
public final class Notices {

  /**
   * A notice's link stays inside the platform (001 7.7 g; no way out of a page through a notice): a
   * path with no scheme (no {@code javascript:}), no other host (not even a protocol-relative
   * {@code //host}) and nothing that could close an attribute — either inside the console ({@code
   * filing.xhtml?id=12}) or from the root ({@code /portal/case.xhtml?id=…}). Empty: no link.
   */
  static final Pattern LINK = Pattern.compile("(?!//)[A-Za-z0-9._~/?=&%#-]{0,300}");

  private Notices() {}

  /**
   * Posts a notice to {@code recipient} (a user name); nothing for a blank recipient.
   *
   * @param messageKey the message, in the poster's bundle
   * @param link a console path or a platform path from the root the notice is about, or empty
   * @throws IllegalArgumentException for a link that leads out of the platform (a programming
   *     error: links are the platform's own, never typed by a person)
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
    String path = link == null ? "" : link;
    if (!LINK.matcher(path).matches()) {
      throw new IllegalArgumentException("a notice's link must be a path inside the platform");
    }
    em.persist(new Notice(recipient, messageKey, List.of(arguments), path, at));
  }
}
