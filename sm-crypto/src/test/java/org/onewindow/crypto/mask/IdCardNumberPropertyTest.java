package org.onewindow.crypto.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** GB 11643-1999 check characters, for every number rather than a few examples. */
class IdCardNumberPropertyTest {

  @Property
  void appendingTheCheckCharacterGivesAValidNumber(@ForAll("idFirst17") String first17) {
    String number = first17 + IdCardNumber.checkCharacter(first17);
    assertTrue(IdCardNumber.isValid(number));
    assertTrue(IdCardNumber.isValid(number.toLowerCase(Locale.ROOT)));
  }

  @Property
  void changingAnyOneCharacterMakesTheNumberInvalid(
      @ForAll("idFirst17") String first17,
      @ForAll @IntRange(max = 17) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    // MOD 11-2 catches every single substitution: each weight is non-zero modulo the prime 11.
    char[] number = (first17 + IdCardNumber.checkCharacter(first17)).toCharArray();
    String alphabet = position < 17 ? "0123456789" : "0123456789X";
    int old = alphabet.indexOf(number[position]);
    number[position] = alphabet.charAt((old + shift) % alphabet.length());
    assertFalse(IdCardNumber.isValid(new String(number)));
  }

  @Property
  void theWeightedSumWithTheCheckCharacterIsOneModuloEleven(
      @ForAll @NumericChars @StringLength(17) String first17) {
    // ISO 7064 MOD 11-2 as defined, independently of the weight table: digit i of 18 weighs
    // 2^(17-i), the check character (X = 10) weighs 1, and the sum is 1 modulo 11.
    char check = IdCardNumber.checkCharacter(first17);
    int sum = check == 'X' ? 10 : check - '0';
    int weight = 1;
    for (int i = 16; i >= 0; i--) {
      weight = weight * 2 % 11;
      sum += (first17.charAt(i) - '0') * weight;
    }
    assertEquals(1, sum % 11);
  }

  @Provide
  Arbitrary<String> idFirst17() {
    return Generators.idFirst17();
  }
}
