package org.onewindow.casework.domain;

/**
 * The 18-character unified social credit code of legal persons and other organisations (GB
 * 32100-2015, 统一社会信用代码): characters from the 31 of 4.2 (digits and upper-case letters without I, O,
 * Z, S, V); the 18th is the check character of 4.3, C18 = 31 − (Σ Ci·Wi mod 31) over the first 17
 * with the weights Wi = 3^(i−1) mod 31, where 31 stands for 0.
 */
public final class CreditCode {

  public static final int LENGTH = 18;

  /** GB 32100 4.2: the code's character set, each character's value its position here. */
  static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** GB 32100 4.3 表2: the weights of positions 1 to 17. */
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private CreditCode() {}

  /** Whether {@code code} is a valid code (upper case, as GB 32100 writes it). */
  public static boolean isValid(String code) {
    if (code == null || code.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return checkCharacter(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
  }

  /**
   * The check character of GB 32100 4.3 for the first 17 characters.
   *
   * @throws IllegalArgumentException when {@code first17} is not 17 characters of the code's set
   */
  public static char checkCharacter(String first17) {
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("the check character needs 17 characters");
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      int value = CHARACTERS.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("not a character of GB 32100 4.2 at " + (i + 1));
      }
      sum += value * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return CHARACTERS.charAt(check == 31 ? 0 : check);
  }
}
