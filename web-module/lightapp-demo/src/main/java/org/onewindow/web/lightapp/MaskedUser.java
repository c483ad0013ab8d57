package org.onewindow.web.lightapp;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.onewindow.crypto.mask.Masking;

/**
 * What the demo app shows and keeps of the user: the user info the platform sealed for it, masked
 * as 000 9.4.5 示例8 asks (name 姓**, mobile 1390*******). Nothing unmasked is kept: the app needs no
 * more to greet the user.
 */
final class MaskedUser {

  private MaskedUser() {}

  static JsonObject of(Map<String, String> claims) {
    JsonObjectBuilder user = Json.createObjectBuilder();
    // No login name: the platform never releases it (000 10.3 h; only approved fields).
    put(user, "name", claims.get("name"), Masking::name);
    put(user, "mobile", claims.get("mobile"), Masking::mobile);
    // C 0114 level 1-4: not personal data, and what an app decides on.
    put(user, "realNameLevel", claims.get("realNameLevel"), level -> level);
    return user.build();
  }

  private static void put(
      JsonObjectBuilder user,
      String field,
      String value,
      java.util.function.UnaryOperator<String> mask) {
    if (value != null && !value.isBlank()) {
      user.add(field, mask.apply(value));
    }
  }
}
