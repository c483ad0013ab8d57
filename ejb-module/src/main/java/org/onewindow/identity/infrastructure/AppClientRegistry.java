package org.onewindow.identity.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.onewindow.common.DuplicateException;
import org.onewindow.identity.domain.AppClientRepresentation;
import org.onewindow.identity.domain.AppClientSpec;

/**
 * Apps' realm clients: made and kept in step with what the platform registered (000 9.3). Only
 * clients this registry made (attribute {@value AppClientRepresentation#MANAGED_BY}) are ever
 * changed, so an app id can never take over a platform client such as the console's.
 */
public final class AppClientRegistry {

  /** What {@link #register} did. */
  public enum Outcome {
    CREATED,
    UPDATED
  }

  private final RealmClientsApi realm;

  public AppClientRegistry(RealmClientsApi realm) {
    this.realm = realm;
  }

  /** Creates the app's client, or brings the one made earlier in step with {@code spec}. */
  public Outcome register(AppClientSpec spec) {
    JsonObject wanted = AppClientRepresentation.of(spec);
    Optional<JsonObject> existing = realm.find(spec.appId());
    if (existing.isEmpty()) {
      realm.create(wanted);
      return Outcome.CREATED;
    }
    JsonObject current = managed(existing.get(), spec.appId());
    realm.update(current.getString("id"), wanted);
    return Outcome.UPDATED;
  }

  /** Switches the app's client off (000 9.5: offline): no ticket, no login for it until enabled. */
  public void disable(String appId) {
    JsonObject current =
        managed(
            realm.find(appId).orElseThrow(() -> new IllegalArgumentException("未登记的应用：" + appId)),
            appId);
    realm.update(
        current.getString("id"), Json.createObjectBuilder(current).add("enabled", false).build());
  }

  private static JsonObject managed(JsonObject client, String appId) {
    JsonObject attributes = client.getJsonObject("attributes");
    boolean ours =
        attributes != null
            && "onewindow-identity"
                .equals(attributes.getString(AppClientRepresentation.MANAGED_BY, null));
    if (!ours) {
      throw new DuplicateException("appId", "应用标识 " + appId + " 已被平台占用");
    }
    return client;
  }
}
