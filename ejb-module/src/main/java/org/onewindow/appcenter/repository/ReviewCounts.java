package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.Map;
import org.onewindow.review.ReviewStatus;

/** How many subjects of one entity are in each review state, for the dashboard (000 8.2.3 b). */
final class ReviewCounts {

  private ReviewCounts() {}

  /** Every state present, zero when none. */
  static Map<ReviewStatus, Long> of(EntityManager em, String entity) {
    Map<ReviewStatus, Long> counts = new EnumMap<>(ReviewStatus.class);
    for (ReviewStatus status : ReviewStatus.values()) {
      counts.put(status, 0L);
    }
    em.createQuery(
            "select e.review.status, count(e) from " + entity + " e group by e.review.status",
            Object[].class)
        .getResultList()
        .forEach(row -> counts.put((ReviewStatus) row[0], (Long) row[1]));
    return counts;
  }
}
