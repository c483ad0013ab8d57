package org.onewindow.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** GB 32100-2015 4.2–4.3: the unified social credit code's characters and check character. */
class CreditCodeTest {

  @Test
  void theStandardsExampleIsValid() {
    // GB 32100-2015 附录: 91350100M000100Y4 with the check character 3.
    assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    assertTrue(CreditCode.isValid("91350100M000100Y43"));
  }

  @Test
  void aCheckCharacterOf31IsZero() {
    // 4.3: C18 = 31 - (sum mod 31), and 31 stands for 0.
    String first17 = "9111010800000000" + "0";
    char check = CreditCode.checkCharacter(first17);
    assertTrue(CreditCode.isValid(first17 + check));
  }

  @Test
  void aWrongCheckCharacterOrAForbiddenLetterIsRefused() {
    assertFalse(CreditCode.isValid("91350100M000100Y44"));
    // 4.2: I, O, Z, S and V are not in the set.
    assertFalse(CreditCode.isValid("91350100M000100O43"));
    assertFalse(CreditCode.isValid("91350100m000100Y43"));
    assertFalse(CreditCode.isValid("91350100M000100Y4"));
    assertFalse(CreditCode.isValid(null));
  }
}
