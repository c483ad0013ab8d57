package org.onewindow.filing.domain;

import java.io.Serializable;
import java.util.List;

/**
 * The upgrade rule's outcome for a filing (000 10.3 c): whether a new version may follow the last
 * approved one (same package, a greater version code, the same signer or one rotated from it
 * through an APK v3 lineage), and the findings to show either way.
 *
 * @param firstFiling no version of the package was approved before
 * @param passed whether the rule holds
 * @param findings what was compared and what failed
 */
public record UpgradeJudgement(boolean firstFiling, boolean passed, List<Finding> findings)
    implements Serializable {

  public UpgradeJudgement {
    findings = List.copyOf(findings);
  }

  public static UpgradeJudgement first() {
    return new UpgradeJudgement(true, true, List.of(Finding.of("filing.machine.firstFiling")));
  }
}
