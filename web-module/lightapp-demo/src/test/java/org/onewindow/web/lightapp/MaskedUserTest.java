package org.onewindow.web.lightapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaskedUserTest {

  @Test
  void nameAndMobileAreMaskedAsTheStandardShows() {
    // 000 9.4.5 示例8: 姓**, 1390*******.
    JsonObject user =
        MaskedUser.of(
            Map.of(
                "userId", "4b1c0e0e-0000-4000-8000-000000000001",
                "username", "citizen",
                "name", "张三丰",
                "mobile", "13900001234",
                "realNameLevel", "3"));
    assertEquals("张**", user.getString("name"));
    assertEquals("1390*******", user.getString("mobile"));
    assertFalse(user.containsKey("username"), "a login name is not kept even if one came");
    assertEquals("3", user.getString("realNameLevel"));
    assertFalse(user.containsKey("userId"), "the platform's user id is not shown");
  }
}
