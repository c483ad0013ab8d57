package org.onewindow.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** 办件编号 of online cases (004 表1): prefix, the day in Beijing time, the row number. */
class OnlineCaseNumbersTest {

  @Test
  void theDayIsBeijingsAndTheRowNumberIsPadded() {
    // 2026-12-07 17:00 UTC is already 2026-12-08 in Beijing
    assertEquals(
        "WB202612080000000042", OnlineCaseNumbers.of(42, Instant.parse("2026-12-07T17:00:00Z")));
    assertEquals(
        "WB202612070000000042", OnlineCaseNumbers.of(42, Instant.parse("2026-12-07T15:59:59Z")));
  }

  @Test
  void aNegativeRowNumberIsNoNumber() {
    assertThrows(IllegalArgumentException.class, () -> OnlineCaseNumbers.of(-1, Instant.EPOCH));
  }
}
