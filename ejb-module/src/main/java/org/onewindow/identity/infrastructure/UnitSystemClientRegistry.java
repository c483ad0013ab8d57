package org.onewindow.identity.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.onewindow.common.NotFoundException;
import org.onewindow.identity.domain.UnitSystemClient;
import org.onewindow.identity.domain.UnitSystemClientRepresentation;

/**
 * Access units' system clients in the realm (issue 16 item 4), made, rotated and switched through
 * the Admin REST API. Only a unit's own clients (attribute {@value
 * UnitSystemClientRepresentation#UNIT_ID}) are ever read or changed in its name: another unit's
 * client, an app's or a platform client answers as if it did not exist.
 */
public final class UnitSystemClientRegistry {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final RealmClientsApi realm;

  public UnitSystemClientRegistry(RealmClientsApi realm) {
    this.realm = realm;
  }

  /** A new system client of the unit; its client id and the secret Keycloak made for it. */
  public Made create(long unitId, String unitName) {
    byte[] suffix = new byte[4];
    RANDOM.nextBytes(suffix);
    String clientId =
        UnitSystemClientRepresentation.clientId(unitId, HexFormat.of().formatHex(suffix));
    realm.create(UnitSystemClientRepresentation.of(clientId, unitId, unitName));
    JsonObject made = owned(unitId, unitName, clientId);
    return new Made(UnitSystemClient.of(made, unitId), realm.secret(made.getString("id")));
  }

  /** The unit's system clients, in client id order. */
  public List<UnitSystemClient> list(long unitId, String unitName) {
    return realm.search(UnitSystemClientRepresentation.prefix(unitId)).stream()
        .filter(client -> UnitSystemClientRepresentation.belongsTo(client, unitId, unitName))
        .map(client -> UnitSystemClient.of(client, unitId))
        .sorted(java.util.Comparator.comparing(UnitSystemClient::clientId))
        .toList();
  }

  /** A new secret for the unit's client; the old one gets no token from now on. */
  public String rotate(long unitId, String unitName, String clientId) {
    return realm.newSecret(owned(unitId, unitName, clientId).getString("id"));
  }

  /** Switches the unit's client on or off; off, it gets no token. */
  public UnitSystemClient setEnabled(
      long unitId, String unitName, String clientId, boolean enabled) {
    JsonObject current = owned(unitId, unitName, clientId);
    realm.update(
        current.getString("id"), Json.createObjectBuilder(current).add("enabled", enabled).build());
    return new UnitSystemClient(clientId, unitId, enabled);
  }

  private JsonObject owned(long unitId, String unitName, String clientId) {
    return realm
        .find(clientId)
        .filter(client -> UnitSystemClientRepresentation.belongsTo(client, unitId, unitName))
        .orElseThrow(() -> NotFoundException.keyed("identity.unitClient.notFound", clientId));
  }

  /**
   * A client just made and its secret.
   *
   * @param client the client
   * @param secret its secret, to be shown once
   */
  public record Made(UnitSystemClient client, String secret) {
    @Override
    public String toString() {
      return "Made[" + client + "]";
    }
  }
}
