package org.onewindow.crypto.mask;

/**
 * The Luhn check (ISO/IEC 7812-1) that bank card numbers carry in their last digit. It tells a card
 * number from most other digit runs; one random number in ten passes it anyway.
 */
final class Luhn {

  private Luhn() {}

  /** Whether {@code digits}, ASCII digits only, end with a correct Luhn check digit. */
  static boolean isValid(CharSequence digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return digits.length() > 1 && sum % 10 == 0;
  }
}
