package org.onewindow.keycloak.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.models.UserModel;

/**
 * What an app receives once the user agreed (000 10.3 h; 003 6.3.2.1 c): the opaque id and
 * real-name level, and of the personal fields only those the platform released.
 */
class ReleasedInfoTest {

  private static UserModel user() {
    Map<String, String> attributes =
        Map.of("realNameLevel", "3", "mobile", "13900001234", "idNumber", "110101199003074514");
    return (UserModel)
        Proxy.newProxyInstance(
            UserModel.class.getClassLoader(),
            new Class<?>[] {UserModel.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getId" -> "u-1";
                  case "getUsername" -> "wangjianguo";
                  case "getLastName" -> "王";
                  case "getFirstName" -> "建国";
                  case "getFirstAttribute" -> attributes.get((String) args[0]);
                  default -> null;
                });
  }

  @Test
  void onlyTheReleasedFieldsJoinTheIdAndLevel() {
    assertEquals(
        Map.of("userId", "u-1", "realNameLevel", "3", "name", "王建国"),
        TicketResource.releasedInfo(user(), Set.of("name")));
    assertEquals(
        Map.of("userId", "u-1", "realNameLevel", "3", "mobile", "13900001234"),
        TicketResource.releasedInfo(user(), Set.of("mobile")));
    assertEquals(
        Map.of("userId", "u-1", "realNameLevel", "3", "idNumber", "110101199003074514"),
        TicketResource.releasedInfo(user(), Set.of("idNumber")));
  }

  @Test
  void noReleasedFieldMeansNoPersonalDataNotEvenTheLoginName() {
    // 003 6.3.2.1 c lists the login account among the sensitive data: never handed over here.
    assertEquals(
        Map.of("userId", "u-1", "realNameLevel", "3"),
        TicketResource.releasedInfo(user(), Set.of()));
  }
}
