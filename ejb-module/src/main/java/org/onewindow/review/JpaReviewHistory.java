package org.onewindow.review;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The history in {@code ow_review_transition}, one table for every kind. Not an EJB: it runs in its
 * caller's transaction and persistence context.
 */
public final class JpaReviewHistory implements ReviewHistory {

  /**
   * Subjects asked about in one query by {@link #firstReached(SubjectKind, Collection,
   * ReviewStatus)}.
   */
  static final int IDS_PER_QUERY = 1000;

  private final EntityManager em;

  public JpaReviewHistory(EntityManager em) {
    this.em = em;
  }

  /**
   * Writes the subject's pending change first, so that a concurrent change of the same subject (its
   * version) fails here, before the line and its audit record are handed over.
   */
  @Override
  public void keep(ReviewTransition transition) {
    em.flush();
    em.persist(transition);
  }

  @Override
  public List<ReviewTransition> of(SubjectKind kind, long id) {
    return em.createQuery(
            "select t from ReviewTransition t where t.subjectType = :type and t.subjectId = :id"
                + " order by t.at, t.id",
            ReviewTransition.class)
        .setParameter("type", kind.name())
        .setParameter("id", id)
        .getResultList();
  }

  @Override
  public Optional<Instant> firstReached(SubjectKind kind, long id, ReviewStatus status) {
    return Optional.ofNullable(
        em.createQuery(
                "select min(t.at) from ReviewTransition t where t.subjectType = :type"
                    + " and t.subjectId = :id and t.to = :status",
                Instant.class)
            .setParameter("type", kind.name())
            .setParameter("id", id)
            .setParameter("status", status)
            .getSingleResult());
  }

  /**
   * One grouped query per {@value #IDS_PER_QUERY} ids: a longer {@code in} list than that gains
   * nothing and some drivers bound the parameters of a statement (PostgreSQL at 32,767).
   */
  @Override
  public Map<Long, Instant> firstReached(
      SubjectKind kind, Collection<Long> ids, ReviewStatus status) {
    List<Long> all = List.copyOf(ids);
    Map<Long, Instant> first = new HashMap<>();
    for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
      em.createQuery(
              "select t.subjectId, min(t.at) from ReviewTransition t where t.subjectType = :type"
                  + " and t.subjectId in :ids and t.to = :status group by t.subjectId",
              Object[].class)
          .setParameter("type", kind.name())
          .setParameter("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
          .setParameter("status", status)
          .getResultStream()
          .forEach(row -> first.put((Long) row[0], (Instant) row[1]));
    }
    return first;
  }
}
