package org.onewindow.keycloak.realname;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.UserModel;

/** Reading and raising the realNameLevel attribute. */
class RealNameLevelTest {

  /** A user model holding only single-valued attributes. */
  private static UserModel user(Map<String, String> attributes) {
    return (UserModel)
        Proxy.newProxyInstance(
            UserModel.class.getClassLoader(),
            new Class<?>[] {UserModel.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getFirstAttribute" -> attributes.get((String) args[0]);
                  case "setSingleAttribute" -> attributes.put((String) args[0], (String) args[1]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void aMissingOrBrokenLevelCountsAsOne() {
    assertEquals(1, RealNameLevel.of(user(new HashMap<>())));
    assertEquals(1, RealNameLevel.of(user(new HashMap<>(Map.of("realNameLevel", "three")))));
    assertEquals(1, RealNameLevel.of(user(new HashMap<>(Map.of("realNameLevel", "9")))));
    assertEquals(4, RealNameLevel.of(user(new HashMap<>(Map.of("realNameLevel", " 4 ")))));
  }

  @Test
  void raisingNeverLowers() {
    Map<String, String> attributes = new HashMap<>(Map.of("realNameLevel", "4"));
    RealNameLevel.raise(user(attributes), RealNameLevel.VERIFIED);
    assertEquals("4", attributes.get("realNameLevel"));

    Map<String, String> registered = new HashMap<>(Map.of("realNameLevel", "1"));
    RealNameLevel.raise(user(registered), RealNameLevel.VERIFIED);
    assertEquals("3", registered.get("realNameLevel"));
  }
}
