package org.onewindow.appcenter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.common.InvalidInputException;

class AccessUnitTest {

  private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

  @Test
  void registerTrimsTheNameAndKeepsTheDivisionCode() {
    AccessUnit unit = AccessUnit.register("  浙江省大数据发展管理局 ", "330000", "admin", NOW);
    assertEquals("浙江省大数据发展管理局", unit.getName());
    assertEquals("330000", unit.getDivisionCode());
    assertEquals("admin", unit.getCreatedBy());
    assertEquals(NOW, unit.getCreatedAt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aBlankNameIsRejected(String name) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> AccessUnit.register(name, "330000", "admin", NOW));
    assertEquals("name", e.field());
  }

  @Test
  void aNameLongerThanTheLimitIsRejected() {
    String name = "局".repeat(AccessUnit.MAX_NAME_LENGTH + 1);
    assertThrows(
        InvalidInputException.class, () -> AccessUnit.register(name, "330000", "admin", NOW));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "33000", "3300001", "abcdef", "033000", "33 000"})
  void aDivisionCodeThatIsNotSixDigitsIsRejected(String code) {
    // C 0109.1 administrative division codes are six digits, never starting with 0.
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> AccessUnit.register("某单位", code, "admin", NOW));
    assertEquals("divisionCode", e.field());
  }
}
