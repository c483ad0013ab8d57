package org.onewindow.casework.domain;

/**
 * The real-name level handling a matter needs (001 7.2: online handling needs the applicant's real
 * name verified; C 0114 levels 1–4), proven by the {@code acr} of the applicant's token: the realm
 * maps each level to its level of authentication ({@code acr.loa.map}), and issues an {@code acr}
 * of 3 only to a user verified at level 3 or above who asked for it. The level in the user's
 * profile alone proves nothing here: a token not asked for the level (acr 1) must step up first,
 * which lets Keycloak re-check the level at that moment.
 */
public final class RealNameRequirement {

  /** The level handling needs unless the matter states another (001 7.2). */
  public static final int DEFAULT_LEVEL = 3;

  /** The highest level there is (C 0114: 登入（实名）+ 人脸验证). */
  public static final int MAX_LEVEL = 4;

  private RealNameRequirement() {}

  /**
   * The level an {@code acr} value proves: its number when it is one of 1 to {@value #MAX_LEVEL},
   * else 0 (no token, no acr, or a value this realm never issues).
   */
  public static int levelOf(Object acr) {
    String text = acr == null ? "" : acr.toString().strip();
    if (text.length() != 1 || text.charAt(0) < '1' || text.charAt(0) > '0' + MAX_LEVEL) {
      return 0;
    }
    return text.charAt(0) - '0';
  }

  /** The level a matter asking {@code stated} needs: the stated one, at least the default. */
  public static int required(int stated) {
    return Math.min(MAX_LEVEL, Math.max(DEFAULT_LEVEL, stated));
  }

  /** Whether a token with {@code acr} may handle a matter needing {@code requiredLevel}. */
  public static boolean satisfiedBy(int requiredLevel, Object acr) {
    return levelOf(acr) >= requiredLevel;
  }
}
