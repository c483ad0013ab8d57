package org.onewindow.identity.domain;

/**
 * 统一社会信用代码 (GB 32100-2015): the 18-character code that names a legal person — here the enterprise
 * an enterprise user acts for (001 7.7: users of 法人和其他组织). Checked by its character set and its
 * check character (section 4, 附录 A); a code that fails is not one.
 */
public final class UnifiedSocialCreditCode {

  /** The code's characters, in the order of their values 0–30 (no I, O, Z, S, V). */
  static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private UnifiedSocialCreditCode() {}

  /** Whether {@code code} is a well-formed code with the right check character. */
  public static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return checkCharacter(code.substring(0, 17)) == code.charAt(17);
  }

  /** The check character of the first 17 characters (GB 32100-2015 附录 A). */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return CHARACTERS.charAt(check == 31 ? 0 : check);
  }
}
