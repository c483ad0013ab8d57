package org.onewindow.identity.service;

import java.io.Serializable;

/**
 * The caller's profile as every page and the API show it (001 7.7; 003 6.3.2.1 d; 000 示例8): the
 * personal data masked even to its owner — a screen may be seen by others — the real-name level and
 * on whose behalf the caller acts. Made by {@link UserProfileService} only, so no view can show
 * more.
 *
 * @param username the login name (the user's own choice of handle, shown as the realm has it)
 * @param maskedName the name masked (王建国 → 王**); the login name when the account has none
 * @param maskedEmail the e-mail address masked; empty when the account has none
 * @param realNameLevel C 0114's level, 1–4; 1 when the token carries none
 * @param party the enterprise the caller acts for, or themselves
 */
public record UserProfile(
    String username, String maskedName, String maskedEmail, int realNameLevel, ActingParty party)
    implements Serializable {

  /** The level handling a matter needs (001 7.2): below it the centre offers the step-up. */
  public static final int HANDLING_LEVEL = 3;

  public boolean belowHandlingLevel() {
    return realNameLevel < HANDLING_LEVEL;
  }
}
