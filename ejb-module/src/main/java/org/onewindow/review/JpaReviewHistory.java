package org.onewindow.review;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The history in {@code ow_review_transition}, one table for every kind. Not an EJB: it runs in its
 * caller's transaction and persistence context.
 */
public final class JpaReviewHistory implements ReviewHistory {

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
}
