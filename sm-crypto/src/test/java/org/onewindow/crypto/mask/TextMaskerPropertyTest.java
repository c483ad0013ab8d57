package org.onewindow.crypto.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** 003 6.3.2.1 d: no ID number or mobile gets through, and nothing else is touched. */
class TextMaskerPropertyTest {

  @Property
  void masksEveryValidIdNumberInChineseText(
      @ForAll("idFirst17") String first17,
      @ForAll("chinese") String before,
      @ForAll("chinese") String after) {
    String id = first17 + IdCardNumber.checkCharacter(first17);
    assertEquals(before + Masking.idNumber(id) + after, TextMasker.mask(before + id + after));
  }

  @Property
  void masksEveryMobileInChineseText(
      @ForAll("mobiles") String mobile,
      @ForAll("chinese") String before,
      @ForAll("chinese") String after) {
    assertEquals(before + Masking.mobile(mobile) + after, TextMasker.mask(before + mobile + after));
  }

  @Property
  void leavesTextWithoutNumbersAddressesOrPairsUnchanged(@ForAll("prose") String text) {
    assertEquals(text, TextMasker.mask(text));
  }

  @Provide
  Arbitrary<String> idFirst17() {
    return Generators.idFirst17();
  }

  @Provide
  Arbitrary<String> mobiles() {
    return Generators.mobiles();
  }

  @Provide
  Arbitrary<String> chinese() {
    return Generators.chinese();
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.strings()
        .withCharRange('\u4e00', '\u9fa5')
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withChars(" ，。、！？.,;-_\"'")
        .ofMaxLength(60);
  }
}
