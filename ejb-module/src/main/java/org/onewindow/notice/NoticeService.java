package org.onewindow.notice;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;

/**
 * The message centre (我的消息; 001 7.7 g): the caller's own notices, newest first, and marking them
 * read — the console's for the platform's staff, the portal's user centre for citizens and
 * enterprise users (a case's progress, a consent given or withdrawn). Only the roles named may ask;
 * whatever the role, the caller sees and marks only notices addressed to them: another's id answers
 * as a missing one.
 */
@Stateless
@RolesAllowed({
  Roles.PLATFORM_ADMIN,
  Roles.APP_REVIEWER,
  Roles.FILING_REVIEWER,
  Roles.UNIT_DEVELOPER,
  Roles.API_CLIENT,
  // persons read their own too (a followed matter's new version, their cases' progress)
  Roles.CITIZEN,
  Roles.ENTERPRISE_USER
})
public class NoticeService {

  /** The most notices one page shows. */
  public static final int MAX_PAGE = 100;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject Clock clock;

  /**
   * The caller's notices, newest first, {@code limit} (at most {@value #MAX_PAGE}) from {@code
   * offset}.
   */
  public List<NoticeView> mine(int offset, int limit, Locale locale) {
    return em.createQuery(
            "select n from Notice n where n.recipient = :r order by n.createdAt desc, n.id desc",
            Notice.class)
        .setParameter("r", caller())
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, Math.min(MAX_PAGE, limit)))
        .getResultStream()
        .map(notice -> NoticeView.of(notice, locale))
        .toList();
  }

  /** How many of the caller's notices are unread. */
  public long unread() {
    return em.createQuery(
            "select count(n) from Notice n where n.recipient = :r and n.readAt is null", Long.class)
        .setParameter("r", caller())
        .getSingleResult();
  }

  /**
   * Marks one of the caller's notices read.
   *
   * @throws NotFoundException when the caller has no such notice
   */
  public void markRead(long id) {
    Notice notice = em.find(Notice.class, id);
    if (notice == null || !notice.getRecipient().equals(caller())) {
      throw NotFoundException.keyed("notice.notFound");
    }
    notice.markRead(clock.instant());
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
