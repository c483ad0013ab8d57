package org.onewindow.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 001 7.2: handling a matter needs the real-name level it states (3 by default), proven by acr. */
class RealNameRequirementTest {

  @Test
  void aLevelTwoTokenDoesNotHandleALevelThreeMatter() {
    assertFalse(RealNameRequirement.satisfiedBy(3, "2"));
    assertFalse(RealNameRequirement.satisfiedBy(3, "1"));
    assertTrue(RealNameRequirement.satisfiedBy(3, "3"));
    assertTrue(RealNameRequirement.satisfiedBy(3, "4"));
    assertFalse(RealNameRequirement.satisfiedBy(4, "3"));
  }

  @Test
  void noTokenOrAnAcrTheRealmNeverIssuesProvesNothing() {
    assertEquals(0, RealNameRequirement.levelOf(null));
    assertEquals(0, RealNameRequirement.levelOf(""));
    assertEquals(0, RealNameRequirement.levelOf("5"));
    assertEquals(0, RealNameRequirement.levelOf("0"));
    assertEquals(0, RealNameRequirement.levelOf("33"));
    assertEquals(0, RealNameRequirement.levelOf("urn:mace:incommon:iap:silver"));
    assertFalse(RealNameRequirement.satisfiedBy(3, null));
    assertEquals(3, RealNameRequirement.levelOf(" 3 "));
  }

  @Test
  void aMatterNeedsLevelThreeAtLeastAndFourAtMost() {
    // C 0114 levels; 001 7.2: lower than 3 is never enough to handle a matter
    assertEquals(3, RealNameRequirement.required(0));
    assertEquals(3, RealNameRequirement.required(2));
    assertEquals(3, RealNameRequirement.required(3));
    assertEquals(4, RealNameRequirement.required(4));
    assertEquals(4, RealNameRequirement.required(9));
  }
}
