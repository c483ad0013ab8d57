package org.onewindow.crypto.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onewindow.crypto.mask.MaskAssertions.assertHidesAtLeastHalf;

import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** 000 9.4.5: 脱敏范围应不少于 50%, for every kind and every value, not only the examples. */
class MaskingPropertyTest {

  enum Kind {
    NAME(Masking::name),
    ID_NUMBER(Masking::idNumber),
    MOBILE(Masking::mobile),
    LANDLINE(Masking::landline),
    BANK_CARD(Masking::bankCard),
    ADDRESS(Masking::address),
    EMAIL(Masking::email);

    final UnaryOperator<String> mask;

    Kind(UnaryOperator<String> mask) {
      this.mask = mask;
    }
  }

  @Property(tries = 3000)
  void everyKindHidesAtLeastHalfOfEveryValue(@ForAll Kind kind, @ForAll("maskable") String value) {
    String masked = kind.mask.apply(value);
    if (value.isBlank()) {
      assertEquals(value, masked);
    } else {
      assertHidesAtLeastHalf(value, masked);
    }
  }

  @Provide
  Arbitrary<String> maskable() {
    return Generators.maskable();
  }
}
