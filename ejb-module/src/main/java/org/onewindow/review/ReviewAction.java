package org.onewindow.review;

import java.util.Set;
import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Labelled;
import org.onewindow.common.Messages;

/**
 * What can be done to a subject in its review, each from the states that allow it: registering,
 * revising and submitting are the owner's side (for interfaces and apps, the access unit); deciding
 * and publishing the platform reviewers' (000 9.4.1, 9.3). Which roles stand on each side is the
 * subject kind's ({@link ReviewedKind}).
 */
public enum ReviewAction implements Labelled {
  /**
   * The owner registered the subject (an access unit its interface or app); it starts as a draft.
   */
  REGISTER(Set.of(), ReviewStatus.DRAFT),
  /** A new revision of what is reviewed: a draft, a rejected or an offline (rectified) subject. */
  REVISE(
      Set.of(ReviewStatus.DRAFT, ReviewStatus.REJECTED, ReviewStatus.OFFLINE), ReviewStatus.DRAFT),
  SUBMIT(Set.of(ReviewStatus.DRAFT, ReviewStatus.REJECTED), ReviewStatus.SUBMITTED),
  APPROVE(Set.of(ReviewStatus.SUBMITTED), ReviewStatus.APPROVED),
  REJECT(Set.of(ReviewStatus.SUBMITTED), ReviewStatus.REJECTED),
  ONLINE(Set.of(ReviewStatus.APPROVED), ReviewStatus.ONLINE),
  OFFLINE(Set.of(ReviewStatus.ONLINE), ReviewStatus.OFFLINE);

  private final Set<ReviewStatus> from;
  private final ReviewStatus to;

  ReviewAction(Set<ReviewStatus> from, ReviewStatus to) {
    this.from = from;
    this.to = to;
  }

  @Override
  public String labelKey() {
    return "review.action." + name();
  }

  /**
   * The action's name in the platform's language (records, and views until {@link
   * org.onewindow.common.Localized#in} reads them in the reader's).
   */
  public String label() {
    return label(Messages.PLATFORM_LOCALE);
  }

  public boolean allowedFrom(ReviewStatus status) {
    return from.contains(status);
  }

  public ReviewStatus target() {
    return to;
  }

  /** The owner's side: registering, revising (rectification) and submitting. */
  public boolean byOwner() {
    return this == REGISTER || this == REVISE || this == SUBMIT;
  }

  /** A reviewer's decision, which a submitter may never take on its own submission. */
  public boolean isReview() {
    return this == APPROVE || this == REJECT;
  }

  /** Actions that must say why (a rejection, taking an interface offline). */
  public boolean needsReason() {
    return this == REJECT || this == OFFLINE;
  }

  /**
   * Reads an action as the API and the console name it ({@code submit}, {@code approve}, …).
   *
   * @throws InvalidInputException for an unknown action
   */
  public static ReviewAction parse(String text) {
    return EnumNames.lookup(ReviewAction.class, text)
        .filter(action -> action != REGISTER && action != REVISE)
        .orElseThrow(() -> InvalidInputException.keyed("action", "review.action.unknown"));
  }
}
