package org.onewindow.crypto.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks the 50% rule of 000 9.4.5 (脱敏范围应不少于 50%) on a masked value, independently of the
 * production code: same length in code points, every change is a {@code *}, and at least half of
 * the letters and digits are hidden.
 */
final class MaskAssertions {

  private MaskAssertions() {}

  static void assertHidesAtLeastHalf(String original, String masked) {
    int[] before = original.codePoints().toArray();
    int[] after = masked.codePoints().toArray();
    assertEquals(before.length, after.length, () -> "length of " + masked + " for " + original);
    int letters = 0;
    int hidden = 0;
    for (int i = 0; i < before.length; i++) {
      boolean information = Character.isLetterOrDigit(before[i]);
      if (information) {
        letters++;
      }
      if (after[i] != before[i]) {
        if (after[i] != '*') {
          fail("position " + i + " of " + masked + " changed to something other than *");
        }
        if (information) {
          hidden++;
        }
      }
    }
    int lettersCount = letters;
    int hiddenCount = hidden;
    assertTrue(
        2 * hiddenCount >= lettersCount,
        () ->
            masked
                + " hides "
                + hiddenCount
                + " of "
                + lettersCount
                + " letters and digits of "
                + original);
  }
}
