package org.onewindow.filing.domain;

/**
 * What the upgrade rule (000 10.3 c) found about one of its checks: the package's identity, its
 * version number and its signer, each passed or failed. The message key is {@code
 * filing.upgrade.<NAME>}; {@link UpgradeCheck} carries the values it quotes.
 */
public enum UpgradeFinding {
  /** No approved version to compare with: the rule has nothing to hold the package to. */
  FIRST_FILING(true),
  /** The candidate is of another kind than the approved package (an iOS build for an APK). */
  PLATFORM_CHANGED(false),
  SAME_PACKAGE(true),
  /** Another package name: a different app to the app markets, not an upgrade. */
  PACKAGE_CHANGED(false),
  VERSION_GREW(true),
  /** The same or a lower version code: devices refuse to install it over the approved one. */
  VERSION_NOT_GREATER(false),
  /**
   * Neither package has a version number (a mini-program; an iOS build with a dotted {@code
   * CFBundleVersion}): the reviewer compares the version names.
   */
  VERSION_UNNUMBERED(true),
  SAME_SIGNER(true),
  /** A new signing key, which the approved key vouched for in the APK's v3 rotation lineage. */
  SIGNER_ROTATED(true),
  /** Another signer with no lineage from the approved one: whoever signed it, not the developer. */
  SIGNER_CHANGED(false),
  /** Neither package carries a certificate the platform verifies (iOS, HarmonyOS, mini-program). */
  NO_SIGNER(true);

  private final boolean passed;

  UpgradeFinding(boolean passed) {
    this.passed = passed;
  }

  /** Whether the upgrade may go on as far as this check is concerned. */
  public boolean passed() {
    return passed;
  }

  /** The key of the finding's message in the filing's bundle. */
  public String messageKey() {
    return "filing.upgrade." + name();
  }
}
