package org.onewindow.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the workflow keeps the transitions of every kind ({@link JpaReviewHistory} in use). */
public interface ReviewHistory {

  /** Keeps one line, in the caller's transaction. */
  void keep(ReviewTransition transition);

  /** The subject's history, oldest first. */
  List<ReviewTransition> of(SubjectKind kind, long id);

  /** When the subject first reached the state, if it ever did (inspection's cadence). */
  Optional<Instant> firstReached(SubjectKind kind, long id, ReviewStatus status);

  /**
   * {@link #firstReached(SubjectKind, long, ReviewStatus)} for many subjects of one kind at once:
   * the same answer for each, in one query instead of one per subject (inspection's enrolment of
   * thousands). A subject that never reached the state has no entry.
   */
  Map<Long, Instant> firstReached(SubjectKind kind, Collection<Long> ids, ReviewStatus status);
}
