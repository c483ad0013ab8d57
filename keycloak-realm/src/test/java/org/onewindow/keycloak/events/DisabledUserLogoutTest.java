package org.onewindow.keycloak.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisabledUserLogoutTest {

  @Test
  void onlyAnUpdateOfTheUserItselfNamesAUser() {
    assertEquals(Optional.of("42"), DisabledUserLogout.userId("users/42"));
    // A change to the user's groups, roles or credentials is not a change of enabled.
    assertEquals(Optional.empty(), DisabledUserLogout.userId("users/42/groups/7"));
    assertEquals(Optional.empty(), DisabledUserLogout.userId("users/42/reset-password"));
    assertEquals(Optional.empty(), DisabledUserLogout.userId("clients/42"));
    assertEquals(Optional.empty(), DisabledUserLogout.userId("users/"));
    assertEquals(Optional.empty(), DisabledUserLogout.userId(null));
  }
}
