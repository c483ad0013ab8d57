package org.onewindow.review;

import java.time.Instant;

/**
 * A subject the workflow moves: an entity that embeds its {@link Review} under the attribute {@code
 * review} and has a {@code Long id}. The entity makes the move itself, so that what else changes
 * with it (an app leaves its test mode when submitted) changes in the same step.
 */
public interface Reviewable {

  Long getId();

  Review getReview();

  /** The first line of the subject's history; asked for once the subject has its id. */
  ReviewTransition registration();

  /**
   * Moves the subject on in its review (submit, approve, reject, online, offline).
   *
   * @throws org.onewindow.common.StateConflictException when the state does not allow the action
   * @throws org.onewindow.common.DutySeparationException when the author or submitter would decide
   * @throws org.onewindow.common.InvalidInputException when a needed reason is missing or too long
   */
  ReviewTransition perform(ReviewAction action, String actor, String reason, Instant at);
}
