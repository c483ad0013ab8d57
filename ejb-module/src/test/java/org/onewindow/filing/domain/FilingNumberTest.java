package org.onewindow.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Message;

/** The filing number scheme of docs/wire-formats.md §5, with the vectors worked out there. */
class FilingNumberTest {

  @Test
  void theDocumentsWorkedExampleChecksWithFour() {
    // weights 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; sum 129; 129 mod 11 = 8; (12 - 8) mod 11 = 4
    assertEquals("330000-2026-000123-4", FilingNumber.of("330000", 2026, 123).toString());
  }

  @Test
  void aCheckValueOfTenIsWrittenX() {
    // sum 123; 123 mod 11 = 2; (12 - 2) mod 11 = 10
    assertEquals("330000-2026-000120-X", FilingNumber.of("330000", 2026, 120).toString());
  }

  @Test
  void theCheckIsTheCitizenIdNumbersOne() {
    // GB 11643-1999's own example number 11010519491231002X: the same MOD 11-2 over 17 digits
    assertEquals('X', FilingNumber.checkCharacter("11010519491231002"));
    // all zeros: sum 0, so C = 12 mod 11 = 1 (the weighted sum plus C is 1 mod 11)
    assertEquals('1', FilingNumber.checkCharacter("0000000000000000"));
  }

  @Test
  void parseReadsWhatToStringWrites() {
    FilingNumber number = FilingNumber.of("110105", 2027, 999_999);
    assertEquals(number, FilingNumber.parse(number.toString()));
    assertEquals("110105", number.divisionCode());
    assertEquals(2027, number.year());
    assertEquals(999_999, number.serial());
  }

  @Test
  void parseTakesALowerCaseXAndIgnoresSurroundingBlanks() {
    assertEquals(
        FilingNumber.of("330000", 2026, 120), FilingNumber.parse("  330000-2026-000120-x\t"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "330000-2026-000123-5", // wrong check character
        "330000-2026-000123-X", // wrong check character
        "330000-2026-000132-4", // two digits swapped
        "330000-2026-000000-4", // serial zero (its check is right: sum 107, 107 mod 11 = 8)
        "33000-2026-000123-4", // five-digit division
        "330000-26-000123-4", // two-digit year
        "330000-2026-123-4", // short serial
        "3300002026000123-4", // no separators
        "330000/2026/000123/4",
        "330000-2026-000123",
        "３３００００-2026-000123-4", // full-width digits
        ""
      })
  void parseRefusesWhatIsNoFilingNumber(String text) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> FilingNumber.parse(text));
    assertEquals("filingNumber", e.field());
    assertEquals(Message.of("filing.number.invalid"), e.text().orElseThrow());
  }

  @Test
  void parseRefusesNull() {
    assertThrows(InvalidInputException.class, () -> FilingNumber.parse(null));
  }

  @Test
  void ofRefusesPartsOutsideTheScheme() {
    assertThrows(IllegalArgumentException.class, () -> FilingNumber.of("33000", 2026, 1));
    assertThrows(IllegalArgumentException.class, () -> FilingNumber.of("33000a", 2026, 1));
    assertThrows(IllegalArgumentException.class, () -> FilingNumber.of("330000", 999, 1));
    assertThrows(IllegalArgumentException.class, () -> FilingNumber.of("330000", 10_000, 1));
    assertThrows(IllegalArgumentException.class, () -> FilingNumber.of("330000", 2026, 0));
    assertThrows(IllegalArgumentException.class, () -> FilingNumber.of("330000", 2026, 1_000_000));
  }
}
