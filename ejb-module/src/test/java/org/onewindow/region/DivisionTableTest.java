package org.onewindow.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;

/** Issue 14, failure 5: a division code is checked against the table and never defaulted. */
class DivisionTableTest {

  private static final DivisionTable TABLE =
      code -> Optional.ofNullable(Map.of("110000", "北京市", "330100", "杭州市").get(code));

  @Test
  void aCodeOfTheTableIsKeptStripped() {
    assertEquals("330100", TABLE.checked("divisionCode", " 330100 "));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void aMissingCodeIsRefusedAsMissingNotDefaulted(String code) {
    MissingInputException e =
        assertThrows(MissingInputException.class, () -> TABLE.checked("divisionCode", code));
    assertEquals("divisionCode", e.field());
  }

  @Test
  void aCodeOutsideTheTableIsRefused() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> TABLE.checked("divisionCode", "999999"));
    assertTrue(e.getMessage().contains("999999"), e.getMessage());
    assertTrue(!(e instanceof MissingInputException));
  }

  @ParameterizedTest
  @ValueSource(strings = {"11000", "1100000", "abcdef", "11 000"})
  void aCodeThatIsNotSixDigitsIsRefused(String code) {
    assertThrows(InvalidInputException.class, () -> TABLE.checked("divisionCode", code));
  }
}
