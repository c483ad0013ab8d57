package org.onewindow.filing.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.common.Messages;

/**
 * The platform's pre-judgement of checklist 000 10.3 when a filing is submitted: a) completeness,
 * c) the upgrade path, f) the login-failure wording when a test account is given, h) sensitive
 * permissions against their declared uses, i) the privacy policy. The other items (b, d, e, g) need
 * a person with the app in hand and stay {@link Verdict#PENDING}. A reviewer may overrule any of
 * it.
 */
public final class MachineJudgement {

  /** 000 10.3 f: the one wording a failed login may show. */
  public static final String LOGIN_FAILURE_WORDING =
      Messages.text("filing.loginFailure.wording", Locale.CHINA);

  private MachineJudgement() {}

  /**
   * Judges the filing.
   *
   * @param draft the submitter's fields, opened
   * @param missing what {@link Completeness#missing} lists
   * @param facts what was read from the install package, or null without one
   * @param upgrade the upgrade rule's outcome
   */
  public static Map<ChecklistItem, Prejudgement> judge(
      FilingDraft draft, List<String> missing, PackageFacts facts, UpgradeJudgement upgrade) {
    Map<ChecklistItem, Prejudgement> judged = new EnumMap<>(ChecklistItem.class);
    for (ChecklistItem item : ChecklistItem.values()) {
      judged.put(item, Prejudgement.pending());
    }
    judged.put(ChecklistItem.A, completeness(missing));
    judged.put(ChecklistItem.C, upgrade(upgrade));
    judged.put(ChecklistItem.F, loginWording(draft));
    judged.put(ChecklistItem.H, permissions(draft, facts));
    judged.put(ChecklistItem.I, privacyPolicy(draft));
    return judged;
  }

  private static Prejudgement completeness(List<String> missing) {
    return missing.isEmpty()
        ? new Prejudgement(Verdict.PASS, List.of(Finding.of("filing.machine.complete")))
        : new Prejudgement(
            Verdict.FAIL, List.of(Finding.listing("filing.machine.incomplete", missing)));
  }

  private static Prejudgement upgrade(UpgradeJudgement upgrade) {
    if (upgrade.firstFiling()) {
      return new Prejudgement(Verdict.NOT_APPLICABLE, upgrade.findings());
    }
    return new Prejudgement(upgrade.passed() ? Verdict.PASS : Verdict.FAIL, upgrade.findings());
  }

  private static Prejudgement loginWording(FilingDraft draft) {
    if (draft.testAccount().isBlank()) {
      return new Prejudgement(Verdict.PENDING, List.of(Finding.of("filing.machine.noTestAccount")));
    }
    String shown = draft.loginFailureMessage().strip();
    return shown.equals(LOGIN_FAILURE_WORDING)
        ? new Prejudgement(Verdict.PASS, List.of(Finding.of("filing.machine.loginWordingOk")))
        : new Prejudgement(
            Verdict.FAIL,
            List.of(Finding.of("filing.machine.loginWordingWrong", shown, LOGIN_FAILURE_WORDING)));
  }

  private static Prejudgement permissions(FilingDraft draft, PackageFacts facts) {
    if (facts == null) {
      return new Prejudgement(Verdict.FAIL, List.of(Finding.of("filing.machine.noPackage")));
    }
    List<String> undeclared =
        SensitivePermissions.undeclared(facts.permissions(), draft.permissionUses());
    if (undeclared.isEmpty()) {
      long sensitive =
          facts.permissions().stream().filter(SensitivePermissions::isSensitive).count();
      return new Prejudgement(
          Verdict.PASS,
          List.of(Finding.of("filing.machine.permissionsDeclared", String.valueOf(sensitive))));
    }
    return new Prejudgement(
        Verdict.FAIL,
        List.of(Finding.of("filing.machine.permissionsUndeclared", String.join(", ", undeclared))));
  }

  private static Prejudgement privacyPolicy(FilingDraft draft) {
    boolean given = !draft.privacyPolicyText().isBlank() || !draft.privacyPolicyUrl().isBlank();
    return given
        ? new Prejudgement(Verdict.PASS, List.of(Finding.of("filing.machine.privacyPolicyGiven")))
        : new Prejudgement(
            Verdict.FAIL, List.of(Finding.of("filing.machine.privacyPolicyMissing")));
  }
}
