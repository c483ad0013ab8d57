package org.onewindow.notice;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * A notice as its recipient sees it, in the language it was read in.
 *
 * @param id the notice's id
 * @param text what happened
 * @param link where to look: a console path, a platform path from the root, or empty
 * @param createdAt when
 * @param read whether the recipient marked it read
 */
public record NoticeView(long id, String text, String link, Instant createdAt, boolean read)
    implements Serializable {

  /** Where the portal's pages live: the only links the user centre shows. */
  private static final String PORTAL = "/portal/";

  /**
   * The link when it is a portal page ({@code /portal/case.xhtml?id=…}), which the user centre
   * shows; empty for a console path, which a citizen has no use for. Every link is a path inside
   * the platform already ({@link Notices#LINK}, checked when posted).
   */
  public String portalLink() {
    return link != null && link.startsWith(PORTAL) && Notices.LINK.matcher(link).matches()
        ? link
        : "";
  }

  static NoticeView of(Notice notice, Locale locale) {
    return new NoticeView(
        notice.getId(),
        notice.text(locale),
        notice.getLink(),
        notice.getCreatedAt(),
        notice.getReadAt() != null);
  }
}
