package org.onewindow.filing.service;

import org.onewindow.common.InvalidInputException;
import org.onewindow.filing.domain.FindingList;
import org.onewindow.filing.domain.UpgradeJudgement;

/**
 * An install package refused as an upgrade (000 10.3 c), with the rule's findings as its reason.
 */
final class UpgradeRefusal {

  private UpgradeRefusal() {}

  static InvalidInputException of(UpgradeJudgement upgrade) {
    return InvalidInputException.keyed(
        "installPackage", "filing.upgrade.refused", new FindingList(upgrade.findings()));
  }
}
