package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.onewindow.review.ReviewStatus;

/** Where apps are published (000 8.2.3 b 分厅上线发布), as the halls read it. */
public final class AppPublicationRepository {

  private final EntityManager em;

  public AppPublicationRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * An online app's entry in a hall.
   *
   * @param hasIcon whether the publication names an icon file
   */
  public record Listing(
      String displayName, String category, int sortOrder, String appKey, boolean hasIcon) {}

  /** The online apps of the hall with that code, by their order, then name. */
  public List<Listing> onlineIn(String hallCode) {
    return em.createQuery(
            "select p.displayName, p.category, p.sortOrder, a.appKey, p.iconFileId"
                + " from AppPublication p, Hall h, ServiceApp a"
                + " where h.id = p.hallId and a.id = p.appId and h.code = :code"
                + " and a.review.status = :online order by p.sortOrder, p.displayName",
            Object[].class)
        .setParameter("code", hallCode)
        .setParameter("online", ReviewStatus.ONLINE)
        .getResultStream()
        .map(
            r ->
                new Listing(
                    (String) r[0], (String) r[1], (Integer) r[2], (String) r[3], r[4] != null))
        .toList();
  }
}
