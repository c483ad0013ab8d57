package org.onewindow.notice;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * A notice as its recipient sees it, in the language it was read in.
 *
 * @param id the notice's id
 * @param text what happened
 * @param link where to look, a console path, or empty
 * @param createdAt when
 * @param read whether the recipient marked it read
 */
public record NoticeView(long id, String text, String link, Instant createdAt, boolean read)
    implements Serializable {

  static NoticeView of(Notice notice, Locale locale) {
    return new NoticeView(
        notice.getId(),
        notice.text(locale),
        notice.getLink(),
        notice.getCreatedAt(),
        notice.getReadAt() != null);
  }
}
