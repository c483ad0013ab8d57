package org.onewindow.keycloak.realname;

import org.keycloak.models.UserModel;

/**
 * The real-name level (实名认证等级, C 0114-2018 3.1) kept in the user-profile attribute {@code
 * realNameLevel}: 1 registered, 2 and 3 identity checked, 4 checked and face verified.
 */
public final class RealNameLevel {

  /** The user-profile attribute that holds the level (declared in the realm's user profile). */
  public static final String ATTRIBUTE = "realNameLevel";

  /** Level 1: registered (what self-registration gives). */
  public static final int REGISTERED = 1;

  /** Level 3: name and ID number verified; 001 7.2 asks at least this for handling a matter. */
  public static final int VERIFIED = 3;

  /** Level 4: level 3 and face verified (003 6.2.2.1 a, "登入（实名）+ 人脸验证"). */
  public static final int FACE_VERIFIED = 4;

  private RealNameLevel() {}

  /**
   * The user's level; a missing or malformed attribute counts as level 1, the lowest, so that a
   * broken value never grants more than registration does.
   */
  public static int of(UserModel user) {
    String value = user.getFirstAttribute(ATTRIBUTE);
    if (value == null) {
      return REGISTERED;
    }
    try {
      int level = Integer.parseInt(value.strip());
      return level >= REGISTERED && level <= FACE_VERIFIED ? level : REGISTERED;
    } catch (NumberFormatException e) {
      return REGISTERED;
    }
  }

  /** Sets the level, never lowering it (an administrator lowers a level in the admin console). */
  public static void raise(UserModel user, int level) {
    if (of(user) < level) {
      user.setSingleAttribute(ATTRIBUTE, Integer.toString(level));
    }
  }
}
