package org.onewindow.appcenter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;

/** Which interfaces an app may bind and call, and grants between units (issue 14; 000 8.2.2). */
class InterfaceGrantTest {

  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  private static final AccessUnit OWNER = AccessUnit.register("北京市交通委员会", "110000", "admin", NOW);
  private static final AccessUnit OTHER = AccessUnit.register("北京市公安局", "110000", "admin", NOW);

  @Test
  void anAppUsesItsOwnUnitsInterfacesAndAnotherUnitsOnlyUnderAGrant() {
    assertTrue(InterfaceGrant.usable(7, 1, 1, Set.of()), "its own unit's");
    assertFalse(InterfaceGrant.usable(7, 1, 2, Set.of()), "another unit's without a grant");
    assertFalse(InterfaceGrant.usable(7, 1, 2, Set.of(8L)), "a grant of another interface");
    assertTrue(InterfaceGrant.usable(7, 1, 2, Set.of(7L)), "another unit's, granted");
  }

  @Test
  void theOwningUnitNeedsNoGrant() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> InterfaceGrant.grant(7, OWNER, OWNER, "developer", NOW));
    assertEquals("accessUnitId", e.field());
  }

  @Test
  void aGrantIsRevokedOnceAndKeptWithWhoAndWhen() {
    InterfaceGrant grant = InterfaceGrant.grant(7, OWNER, OTHER, "developer", NOW);
    assertTrue(grant.active());
    assertEquals(OTHER, grant.getGrantee());

    grant.revoke("reviewer", NOW.plusSeconds(60));

    assertFalse(grant.active());
    assertEquals("reviewer", grant.getRevokedBy());
    assertEquals(NOW.plusSeconds(60), grant.getRevokedAt());
    assertEquals("developer", grant.getGrantedBy());
    assertThrows(StateConflictException.class, () -> grant.revoke("admin", NOW.plusSeconds(120)));
    assertEquals("reviewer", grant.getRevokedBy(), "a second revocation changes nothing");
  }
}
