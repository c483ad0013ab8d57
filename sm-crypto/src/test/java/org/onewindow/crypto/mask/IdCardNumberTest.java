package org.onewindow.crypto.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdCardNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Check characters computed by hand with the GB 11643-1999 weights.
        "110101199003074514",
        "11010519491231002X", // a check character X
        "440304198506121230",
        "320106200002298766", // 29 February of a leap year
        "510107197801010033",
        "330106199912315672"
      })
  void acceptsNumbersWithTheRightCheckCharacterAndARealBirthDate(String number) {
    assertTrue(IdCardNumber.isValid(number));
    assertEquals(number, IdCardNumber.parse(number));
  }

  @Test
  void takesALowerCaseXAsX() {
    assertTrue(IdCardNumber.isValid("11010519491231002x"));
    assertEquals("11010519491231002X", IdCardNumber.parse("11010519491231002x"));
  }

  @Test
  void computesTheCheckCharacterOfTheFirst17Digits() {
    assertEquals('X', IdCardNumber.checkCharacter("11010519491231002"));
    assertEquals('4', IdCardNumber.checkCharacter("11010119900307451"));
    assertEquals('0', IdCardNumber.checkCharacter("44030419850612123"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110101199003075514", // one digit of the sequence code changed
        "110101199003074154", // two neighbouring digits swapped
        "210101199003074514", // one digit of the address code changed
        "110101199003074515", // wrong check character
        "110101199003074510",
        "11010119900307451X",
        "110105194912310021" // X replaced by a digit
      })
  void rejectsNumbersWhoseCheckCharacterDoesNotMatch(String number) {
    assertFalse(IdCardNumber.isValid(number));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IdCardNumber.parse(number));
    assertTrue(e.getMessage().contains("check character"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"19900230", "19000229", "19901301", "19900001", "19900100"})
  void rejectsBirthDatesThatAreNotCalendarDates(String date) {
    // The check character is right, so only the date can be what fails: 30 February, 29 February
    // of 1900 (not a leap year), month 13, month 0, day 0.
    String number = withCheckCharacter("110101" + date + "451");
    assertFalse(IdCardNumber.isValid(number));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IdCardNumber.parse(number));
    assertTrue(e.getMessage().contains("not a calendar date"), e.getMessage());
  }

  @Test
  void rejectsBirthDatesInTheFutureOrBefore1800() {
    LocalDate nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1);
    String future =
        withCheckCharacter("110101" + nextYear.format(DateTimeFormatter.BASIC_ISO_DATE) + "451");
    assertFalse(IdCardNumber.isValid(future));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> IdCardNumber.parse(future))
            .getMessage()
            .contains("future"));

    String ancient = withCheckCharacter("11010117991231451");
    assertFalse(IdCardNumber.isValid(ancient));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "11010519491231002", // 17 characters
        "11010519491231002X1", // 19 characters
        "11010519491231002Y",
        "1101051949123100X2", // X not at the end
        " 11010519491231002X", // callers trim
        "１１０１０５１９４９１２３１００２Ｘ" // full-width digits are not ASCII digits
      })
  void rejectsWhatIsNotAnIdNumberAtAll(String value) {
    assertFalse(IdCardNumber.isValid(value));
    assertThrows(IllegalArgumentException.class, () -> IdCardNumber.parse(value));
  }

  @Test
  void errorMessagesNeverContainTheNumber() {
    // 003 6.3.2.1 d: exception messages end up in logs.
    String number = "110101199003074515";
    String message =
        assertThrows(IllegalArgumentException.class, () -> IdCardNumber.parse(number)).getMessage();
    assertFalse(message.contains("1101"), message);
    assertFalse(message.contains("19900307"), message);
  }

  @Test
  void checkCharacterNeedsExactly17Digits() {
    assertThrows(IllegalArgumentException.class, () -> IdCardNumber.checkCharacter("1101051949"));
    assertThrows(
        IllegalArgumentException.class, () -> IdCardNumber.checkCharacter("1101051949123100X"));
    assertThrows(IllegalArgumentException.class, () -> IdCardNumber.checkCharacter(null));
  }

  private static String withCheckCharacter(String first17) {
    return first17 + IdCardNumber.checkCharacter(first17);
  }
}
