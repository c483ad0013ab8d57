package org.onewindow.filing.domain;

import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Labelled;

/** A checklist item's outcome (000 10.3): passed, failed, not applicable, or not yet judged. */
public enum Verdict implements Labelled {
  PENDING,
  PASS,
  FAIL,
  NOT_APPLICABLE;

  @Override
  public String labelKey() {
    return "filing.verdict." + name();
  }

  /** Whether the item lets the filing be approved. */
  public boolean clears() {
    return this == PASS || this == NOT_APPLICABLE;
  }

  /**
   * A reviewer's verdict as the API and the console name it ({@code pass}, {@code fail}, {@code
   * not-applicable}).
   *
   * @throws InvalidInputException for anything else (and for {@code pending}: a reviewer decides)
   */
  public static Verdict parse(String text) {
    return EnumNames.lookup(Verdict.class, text)
        .filter(verdict -> verdict != PENDING)
        .orElseThrow(() -> InvalidInputException.keyed("verdict", "filing.verdict.unknown"));
  }
}
