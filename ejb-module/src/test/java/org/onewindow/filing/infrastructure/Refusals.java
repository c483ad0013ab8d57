package org.onewindow.filing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.function.Executable;
import org.onewindow.common.InvalidInputException;

/** Assertions on a package's refusal: its field, its key, and a text with no library's words. */
final class Refusals {

  private Refusals() {}

  /** Asserts {@code reading} refuses the package with {@code filing.package.<reason>}. */
  static InvalidInputException assertRefused(String reason, Executable reading) {
    InvalidInputException refusal = assertThrows(InvalidInputException.class, reading);
    assertEquals("installPackage", refusal.field());
    assertEquals("filing.package." + reason, refusal.text().orElseThrow().key());
    String english = refusal.message(Locale.ENGLISH);
    assertFalse(english.startsWith("filing."), "the key has a text: " + english);
    assertFalse(refusal.message(Locale.SIMPLIFIED_CHINESE).startsWith("filing."));
    return refusal;
  }
}
