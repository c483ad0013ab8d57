package org.onewindow.identity.domain;

import jakarta.json.JsonObject;
import java.io.Serializable;

/**
 * An access unit's system client as the API shows it: never its secret, which is shown once, when
 * made or rotated ({@link UnitSystemClientSecret}).
 *
 * @param clientId the {@code client_id} of the client credentials grant
 * @param unitId the unit it acts for
 * @param enabled whether it gets tokens
 */
public record UnitSystemClient(String clientId, long unitId, boolean enabled)
    implements Serializable {

  /** From the Admin API's representation of one of the unit's clients. */
  public static UnitSystemClient of(JsonObject client, long unitId) {
    return new UnitSystemClient(
        client.getString("clientId"), unitId, client.getBoolean("enabled", false));
  }
}
