package org.onewindow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;

/**
 * The review state every reviewed subject embeds (000 9.4.1, 9.3, 9.5), whatever its kind: where it
 * stands, its revision, who wrote and who submitted the revision (neither may decide on it:
 * separation of duties, GB/T 22239 8.1.4.2), and the last reason given. Each move returns the
 * {@link ReviewTransition} to keep. A subject's entity embeds it under the attribute {@code review}
 * (its columns {@code status}, {@code revision}, {@code authored_by}, {@code submitted_by}, {@code
 * updated_at}, {@code last_reason} in the subject's own table).
 */
@Embeddable
public class Review {

  public static final int MAX_REASON = 500;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ReviewStatus status;

  /** 1 at registration, one more for each change of what is reviewed. */
  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "authored_by", nullable = false, length = 100)
  private String authoredBy;

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** A rejection's reason, or why it went offline; empty otherwise. */
  @Column(name = "last_reason", nullable = false, length = MAX_REASON)
  private String lastReason;

  protected Review() {
    // for JPA
  }

  /** A first revision, as a draft written by {@code author}. */
  public static Review draft(String author, Instant at) {
    Review review = new Review();
    review.status = ReviewStatus.DRAFT;
    review.revision = 1;
    review.authoredBy = author;
    review.updatedAt = at;
    review.lastReason = "";
    return review;
  }

  /**
   * Whether the subject may be changed now, else why not.
   *
   * @throws StateConflictException while submitted, approved or online
   */
  public void checkEditable(SubjectKind kind) {
    if (!status.editable()) {
      throw StateConflictException.keyed("review.notEditable", kind, status);
    }
  }

  /** A new revision by {@code author}: back to draft. Call {@link #checkEditable} first. */
  public ReviewTransition revise(SubjectKind kind, Long id, String author, Instant at) {
    revision++;
    authoredBy = author;
    return move(kind, id, ReviewAction.REVISE, author, at, "");
  }

  /**
   * Moves the subject on in its review.
   *
   * @throws StateConflictException when the current state does not allow the action
   * @throws DutySeparationException when the author or submitter would decide on it
   * @throws InvalidInputException when a reason is needed and missing, or too long
   */
  public ReviewTransition perform(
      SubjectKind kind, Long id, ReviewAction action, String actor, String reason, Instant at) {
    if (action == ReviewAction.REGISTER || action == ReviewAction.REVISE) {
      throw new IllegalArgumentException(action + " is not a review action");
    }
    if (!action.allowedFrom(status)) {
      throw StateConflictException.keyed("review.notAllowed", kind, status, action);
    }
    if (action.isReview() && (actor.equals(submittedBy) || actor.equals(authoredBy))) {
      throw DutySeparationException.keyed("review.ownSubmission", kind);
    }
    String why = InputRules.multiLine("reason", reason);
    if (action.needsReason() && why.isEmpty()) {
      throw InvalidInputException.keyed("reason", "review.reasonMissing", action);
    }
    if (why.length() > MAX_REASON) {
      throw InvalidInputException.keyed(
          "reason", "review.reasonTooLong", String.valueOf(MAX_REASON));
    }
    if (action == ReviewAction.SUBMIT) {
      submittedBy = actor;
    }
    lastReason = action.needsReason() ? why : lastReason;
    return move(kind, id, action, actor, at, why);
  }

  /** The first line of the history. */
  public ReviewTransition registration(SubjectKind kind, Long id, Instant at) {
    return new ReviewTransition(
        kind, id, revision, ReviewAction.REGISTER, null, status, authoredBy, at, "");
  }

  private ReviewTransition move(
      SubjectKind kind, Long id, ReviewAction action, String actor, Instant at, String why) {
    ReviewStatus from = status;
    status = action.target();
    updatedAt = at;
    return new ReviewTransition(kind, id, revision, action, from, status, actor, at, why);
  }

  public ReviewStatus status() {
    return status;
  }

  public int revision() {
    return revision;
  }

  public String authoredBy() {
    return authoredBy;
  }

  public String submittedBy() {
    return submittedBy == null ? "" : submittedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String lastReason() {
    return lastReason;
  }
}
