package org.onewindow.filing.domain;

import java.io.Serializable;
import org.onewindow.common.Message;

/**
 * One finding of the upgrade rule with its message: the finding's key and the values it quotes (the
 * package names, the version codes), read in the reader's language.
 */
public record UpgradeCheck(UpgradeFinding finding, Message message) implements Serializable {

  /** {@code finding} with the arguments its message quotes. */
  static UpgradeCheck of(UpgradeFinding finding, Object... arguments) {
    return new UpgradeCheck(finding, Message.of(finding.messageKey(), arguments));
  }

  public boolean passed() {
    return finding.passed();
  }
}
