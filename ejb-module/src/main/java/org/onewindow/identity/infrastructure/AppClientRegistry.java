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

  /**
   * Gives the app's client the keys of {@code spec} (a re-issue, 003 6.3.2.3) and changes nothing
   * else: an offline app's client stays switched off. An app whose client does not exist yet (demo
   * data before its first review) has nothing to update: its client is made with the new keys when
   * it is next registered.
   *
   * @return whether a client was updated
   */
  public boolean replaceKeys(AppClientSpec spec) {
    Optional<JsonObject> existing = realm.find(spec.appId());
    if (existing.isEmpty()) {
      return false;
    }
    JsonObject current = managed(existing.get(), spec.appId());
    JsonObject attributes =
        Json.createObjectBuilder(current.getJsonObject("attributes"))
            .add(AppClientRepresentation.SM2_PUBLIC_KEY, spec.sm2PublicKeyPem())
            .add(AppClientRepresentation.SM4_KEY_REF, spec.sm4KeyRef())
            .build();
    realm.update(
        current.getString("id"),
        Json.createObjectBuilder(current).add("attributes", attributes).build());
    return true;
  }

  /** Switches the app's client off (000 9.5: offline): no ticket, no login for it until enabled. */
  public void disable(String appId) {
    JsonObject current =
        managed(
            realm
                .find(appId)
                .orElseThrow(
                    () -> new IllegalArgumentException("no realm client for app " + appId)),
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
      throw DuplicateException.keyed("appId", "identity.appClient.taken", appId);
    }
    return client;
  }
}
