package org.onewindow.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** GB 32100-2015 统一社会信用代码: character set and check character (附录 A). */
class UnifiedSocialCreditCodeTest {

  @Test
  void theCheckCharacterFollowsTheStandardsWeights() {
    // The example code the standard's explanations use, and a well-known enterprise's code.
    assertEquals('3', UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4"));
    assertTrue(UnifiedSocialCreditCode.isValid("91350100M000100Y43"));
    assertTrue(UnifiedSocialCreditCode.isValid("914403001922038216"));
  }

  @Test
  void aWrongCheckCharacterOrForeignCharacterIsNoCode() {
    assertFalse(UnifiedSocialCreditCode.isValid("91350100M000100Y44"));
    assertFalse(UnifiedSocialCreditCode.isValid("91350100M0O0100Y43"), "no letter O");
    assertFalse(UnifiedSocialCreditCode.isValid("91350100M000100Y4"));
    assertFalse(UnifiedSocialCreditCode.isValid(null));
  }
}
