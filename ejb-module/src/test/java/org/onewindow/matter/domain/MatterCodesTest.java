package org.onewindow.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;

class MatterCodesTest {

  @Test
  void publishedCreditCodesCarryTheCheckCharacterOfGb32100() {
    // GB 32100-2015 5: weights 1, 3, 9, …, 28 modulo 31 over the 31 characters
    assertEquals('6', MatterCodes.creditCheckCharacter("91440300192203821"));
    assertEquals('D', MatterCodes.creditCheckCharacter("11100000000013127"));
    assertEquals(
        "914403001922038216", MatterCodes.creditCode("agencyCode", " 914403001922038216 "));
  }

  @Test
  void aWrongCheckCharacterALetterOutsideTheAlphabetOrAWrongLengthIsRefused() {
    assertThrows(
        InvalidInputException.class,
        () -> MatterCodes.creditCode("agencyCode", "914403001922038217"));
    assertThrows(
        InvalidInputException.class,
        () -> MatterCodes.creditCode("agencyCode", "91440300192203821I"));
    assertThrows(
        InvalidInputException.class,
        () -> MatterCodes.creditCode("agencyCode", "91440300192203821"));
  }

  @Test
  void basicAndImplementationCodesAreUpperCaseLettersAndDigits() {
    assertEquals("000123456000", MatterCodes.basicCode("basicCode", "000123456000"));
    assertThrows(InvalidInputException.class, () -> MatterCodes.basicCode("basicCode", "00012"));
    assertThrows(
        InvalidInputException.class, () -> MatterCodes.basicCode("basicCode", "000123-456000"));
    assertThrows(
        InvalidInputException.class,
        () -> MatterCodes.implementationCode("implementationCode", "abcdefgh1"));
  }
}
