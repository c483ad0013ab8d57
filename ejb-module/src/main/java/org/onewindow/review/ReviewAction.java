package org.onewindow.review;

import java.util.Set;
import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;

/**
 * What can be done to a subject in its review, each from the states that allow it: registering,
 * revising and submitting are the owner's side (for interfaces and apps, the access unit); deciding
 * and publishing the platform reviewers' (000 9.4.1, 9.3). Which roles stand on each side is the
 * subject kind's ({@link ReviewedKind}).
 */
public enum ReviewAction {
  /**
   * The owner registered the subject (an access unit its interface or app); it starts as a draft.
   */
  REGISTER("登记", Set.of(), ReviewStatus.DRAFT),
  /** A new revision of what is reviewed: a draft, a rejected or an offline (rectified) subject. */
  REVISE(
      "修改",
      Set.of(ReviewStatus.DRAFT, ReviewStatus.REJECTED, ReviewStatus.OFFLINE),
      ReviewStatus.DRAFT),
  SUBMIT("提交审核", Set.of(ReviewStatus.DRAFT, ReviewStatus.REJECTED), ReviewStatus.SUBMITTED),
  APPROVE("审核通过", Set.of(ReviewStatus.SUBMITTED), ReviewStatus.APPROVED),
  REJECT("驳回", Set.of(ReviewStatus.SUBMITTED), ReviewStatus.REJECTED),
  ONLINE("上线", Set.of(ReviewStatus.APPROVED), ReviewStatus.ONLINE),
  OFFLINE("下线", Set.of(ReviewStatus.ONLINE), ReviewStatus.OFFLINE);

  private final String label;
  private final Set<ReviewStatus> from;
  private final ReviewStatus to;

  ReviewAction(String label, Set<ReviewStatus> from, ReviewStatus to) {
    this.label = label;
    this.from = from;
    this.to = to;
  }

  public String label() {
    return label;
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
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "action", "操作应为 submit、approve、reject、online 或 offline 之一"));
  }
}
