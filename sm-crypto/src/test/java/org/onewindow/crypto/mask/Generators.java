package org.onewindow.crypto.mask;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.time.api.Dates;
import net.jqwik.web.api.Web;

/** Values for the property tests. */
final class Generators {

  private Generators() {}

  /**
   * The first 17 digits of a resident ID number (GB 11643-1999): any address code, a real birth
   * date from 1800 to yesterday in China, any sequence code.
   */
  static Arbitrary<String> idFirst17() {
    LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
    return Combinators.combine(
            Arbitraries.strings().numeric().ofLength(6),
            Dates.dates().between(LocalDate.of(1800, 1, 1), yesterday),
            Arbitraries.strings().numeric().ofLength(3))
        .as(
            (address, birth, sequence) ->
                address + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence);
  }

  /** Mainland mobile numbers: 1, then 3 to 9, then 9 digits. */
  static Arbitrary<String> mobiles() {
    return Combinators.combine(
            Arbitraries.chars().range('3', '9'), Arbitraries.strings().numeric().ofLength(9))
        .as((second, rest) -> "1" + second + rest);
  }

  /** Chinese text without digits, Latin letters or punctuation, to put around values. */
  static Arbitrary<String> chinese() {
    return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(8);
  }

  /**
   * Anything a masking method may be given: arbitrary strings, and strings shaped like the values
   * the rules were written for, so that the rules themselves (not only the 50% net) are exercised.
   */
  static Arbitrary<String> maskable() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().numeric().ofMaxLength(25),
        Arbitraries.strings().withChars("0123456789+-() Xx").ofMaxLength(25),
        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(20),
        Arbitraries.strings().withChars("ab1.@_-").ofMaxLength(15),
        Web.emails());
  }
}
