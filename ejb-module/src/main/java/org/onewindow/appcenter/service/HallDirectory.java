package org.onewindow.appcenter.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onewindow.appcenter.domain.ReviewStatus;

/**
 * What the halls show the public (000 8.2.3 b 分厅上线发布; 001 8.2 e): the apps online in each hall, in
 * their display configuration. Public data: no unit, no person, no key but the app key.
 */
@Stateless
@PermitAll
public class HallDirectory {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  /** Every hall, national first. */
  public List<HallView> halls() {
    return em.createQuery(
            "select h from Hall h order by h.id", org.onewindow.appcenter.domain.Hall.class)
        .getResultStream()
        .map(HallView::of)
        .toList();
  }

  /** The online apps of the hall with that code, by their order. */
  public List<HallApp> apps(String hallCode) {
    return em.createQuery(
            "select p.displayName, p.category, p.sortOrder, a.appKey"
                + " from AppPublication p, Hall h, ServiceApp a"
                + " where h.id = p.hallId and a.id = p.appId and h.code = :code"
                + " and a.review.status = :online order by p.sortOrder, p.displayName",
            Object[].class)
        .setParameter("code", hallCode == null ? "national" : hallCode)
        .setParameter("online", ReviewStatus.ONLINE)
        .getResultStream()
        .map(r -> new HallApp((String) r[0], (String) r[1], (Integer) r[2], (String) r[3]))
        .toList();
  }
}
