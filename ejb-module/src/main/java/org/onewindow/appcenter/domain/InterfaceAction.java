package org.onewindow.appcenter.domain;

import java.util.Locale;
import java.util.Set;
import org.onewindow.common.InvalidInputException;

/**
 * What can be done to an interface in its review, each from the states that allow it and by whom:
 * submitting is the access unit's; deciding and publishing are the platform reviewers' (000 9.4.1).
 */
public enum InterfaceAction {
  /** The access unit registered the interface; it starts as a draft. */
  REGISTER("登记", Set.of(), InterfaceStatus.DRAFT),
  /** A new revision of the definition: a draft, a rejected or an offline (rectified) interface. */
  REVISE(
      "修改",
      Set.of(InterfaceStatus.DRAFT, InterfaceStatus.REJECTED, InterfaceStatus.OFFLINE),
      InterfaceStatus.DRAFT),
  SUBMIT(
      "提交审核", Set.of(InterfaceStatus.DRAFT, InterfaceStatus.REJECTED), InterfaceStatus.SUBMITTED),
  APPROVE("审核通过", Set.of(InterfaceStatus.SUBMITTED), InterfaceStatus.APPROVED),
  REJECT("驳回", Set.of(InterfaceStatus.SUBMITTED), InterfaceStatus.REJECTED),
  ONLINE("上线", Set.of(InterfaceStatus.APPROVED), InterfaceStatus.ONLINE),
  OFFLINE("下线", Set.of(InterfaceStatus.ONLINE), InterfaceStatus.OFFLINE);

  private final String label;
  private final Set<InterfaceStatus> from;
  private final InterfaceStatus to;

  InterfaceAction(String label, Set<InterfaceStatus> from, InterfaceStatus to) {
    this.label = label;
    this.from = from;
    this.to = to;
  }

  public String label() {
    return label;
  }

  public boolean allowedFrom(InterfaceStatus status) {
    return from.contains(status);
  }

  public InterfaceStatus target() {
    return to;
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
  public static InterfaceAction parse(String text) {
    String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (InterfaceAction action : values()) {
      if (action.name().equals(value) && action != REGISTER && action != REVISE) {
        return action;
      }
    }
    throw new InvalidInputException("action", "操作应为 submit、approve、reject、online 或 offline 之一");
  }
}
