package org.onewindow.keycloak.stepup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

/** The level an execution guards, from its config. */
class RealNameLevelAuthenticatorTest {

  private static AuthenticatorConfigModel config(String level) {
    AuthenticatorConfigModel config = new AuthenticatorConfigModel();
    config.setConfig(level == null ? Map.of() : Map.of("level", level));
    return config;
  }

  @Test
  void theConfiguredLevelIsUsed() {
    assertEquals(2, RealNameLevelAuthenticator.requiredLevel(config("2")));
    assertEquals(4, RealNameLevelAuthenticator.requiredLevel(config("4")));
  }

  @Test
  void withoutAUsableConfigItGuardsLevelThree() {
    // 001 7.2: level 3 is what handling a matter needs; the safe default for a forgotten config.
    assertEquals(3, RealNameLevelAuthenticator.requiredLevel(null));
    assertEquals(3, RealNameLevelAuthenticator.requiredLevel(config(null)));
    assertEquals(3, RealNameLevelAuthenticator.requiredLevel(config("x")));
  }

  @Test
  void outOfRangeLevelsAreClamped() {
    assertEquals(4, RealNameLevelAuthenticator.requiredLevel(config("7")));
    assertEquals(1, RealNameLevelAuthenticator.requiredLevel(config("0")));
  }
}
