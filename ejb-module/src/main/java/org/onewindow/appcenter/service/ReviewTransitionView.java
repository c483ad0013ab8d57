package org.onewindow.appcenter.service;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.onewindow.appcenter.domain.ReviewTransition;
import org.onewindow.appcenter.domain.SubjectType;

/** One line of an interface's review history. */
public record ReviewTransitionView(
    int revision,
    String action,
    String actionLabel,
    String from,
    String to,
    String toLabel,
    String actor,
    Instant at,
    String reason)
    implements Serializable {

  /** The history of one interface or app, oldest first. */
  static List<ReviewTransitionView> history(EntityManager em, SubjectType type, long id) {
    return em.createQuery(
            "select t from ReviewTransition t where t.subjectType = :type and t.subjectId = :id"
                + " order by t.at, t.id",
            ReviewTransition.class)
        .setParameter("type", type)
        .setParameter("id", id)
        .getResultStream()
        .map(ReviewTransitionView::of)
        .toList();
  }

  static ReviewTransitionView of(ReviewTransition t) {
    return new ReviewTransitionView(
        t.getRevision(),
        t.getAction().name(),
        t.getAction().label(),
        t.getFrom() == null ? "" : t.getFrom().name(),
        t.getTo().name(),
        t.getTo().label(),
        t.getActor(),
        t.getAt(),
        t.getReason());
  }
}
