package org.onewindow.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;

/** The consent and field-filter rules of the ticket exchange (000 10.3 h; 003 6.3.2.1 b–c). */
class ConsentDecisionTest {

  private static final Set<UserField> NAME_AND_MOBILE =
      EnumSet.of(UserField.NAME, UserField.MOBILE);

  @Test
  void withoutConsentAnAppGetsNothing() {
    // 000 10.3 h: no user data is transmitted without the user's prior consent.
    ConsentDecision decision = ConsentDecision.of(NAME_AND_MOBILE, Optional.empty());
    assertFalse(decision.consented());
    assertTrue(decision.fields().isEmpty());
  }

  @Test
  void afterConsentOnlyTheApprovedFieldsAreReleased() {
    // 003 6.3.2.1 c: minimal collection — an app approved for name and mobile never gets the ID
    // number, even from a user whose consent happened to name it.
    ConsentDecision decision =
        ConsentDecision.of(NAME_AND_MOBILE, Optional.of(EnumSet.allOf(UserField.class)));
    assertTrue(decision.consented());
    assertEquals(NAME_AND_MOBILE, decision.fields());
  }

  @Test
  void aWidenedApprovalReleasesNothingTheUserDidNotAgreeTo() {
    // 000 10.3 h: the user is told what goes where; a field added to the app's approval later is
    // withheld until the user agrees again, and the consent page asks again.
    Optional<Set<UserField>> agreed = Optional.of(EnumSet.of(UserField.NAME));
    Set<UserField> widened = EnumSet.of(UserField.NAME, UserField.ID_NUMBER);
    assertEquals(EnumSet.of(UserField.NAME), ConsentDecision.of(widened, agreed).fields());
    assertTrue(ConsentDecision.mustAsk(widened, agreed));
    assertFalse(ConsentDecision.mustAsk(EnumSet.of(UserField.NAME), agreed));
    assertTrue(ConsentDecision.mustAsk(EnumSet.noneOf(UserField.class), Optional.empty()));
  }

  @Test
  void anAppApprovedForNoFieldIsStillAskedForAndGetsNoPersonalField() {
    ConsentDecision decision =
        ConsentDecision.of(EnumSet.noneOf(UserField.class), Optional.of(Set.of()));
    assertTrue(decision.consented());
    assertTrue(decision.fields().isEmpty());
  }

  @Test
  void aRefusalCarriesNoField() {
    assertThrows(
        IllegalArgumentException.class, () -> new ConsentDecision(false, Set.of(UserField.NAME)));
  }

  @Test
  void fieldsAreKeptByTheirClaimNames() {
    Set<UserField> all = EnumSet.allOf(UserField.class);
    assertEquals("name,mobile,idNumber", UserField.encode(all));
    assertEquals(all, UserField.decode("name,mobile,idNumber"));
    assertTrue(UserField.decode("").isEmpty());
    assertEquals(EnumSet.of(UserField.MOBILE), UserField.ofClaims(List.of("mobile")));
    assertThrows(InvalidInputException.class, () -> UserField.ofClaims(List.of("address")));
  }

  @Test
  void aConsentQueryNamesTheAppAndTheUserOnly() {
    ConsentQuery query =
        ConsentQuery.parse("{\"appKey\":\"app-abc\",\"username\":\"citizen\"}".getBytes());
    assertEquals("app-abc", query.appKey());
    assertEquals("citizen", query.username());
    assertThrows(InvalidInputException.class, () -> ConsentQuery.parse("[]".getBytes()));
    assertThrows(
        InvalidInputException.class,
        () -> ConsentQuery.parse("{\"appKey\":\"a b\",\"username\":\"x\"}".getBytes()));
    assertThrows(
        InvalidInputException.class,
        () -> ConsentQuery.parse("{\"appKey\":\"app-abc\",\"username\":\"\"}".getBytes()));
  }
}
