package org.onewindow.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the workflow keeps the transitions of every kind ({@link JpaReviewHistory} in use). */
public interface ReviewHistory {

  /** Keeps one line, in the caller's transaction. */
  void keep(ReviewTransition transition);

  /** The subject's history, oldest first. */
  List<ReviewTransition> of(SubjectKind kind, long id);

  /** When the subject first reached the state, if it ever did (inspection's cadence). */
  Optional<Instant> firstReached(SubjectKind kind, long id, ReviewStatus status);
}
