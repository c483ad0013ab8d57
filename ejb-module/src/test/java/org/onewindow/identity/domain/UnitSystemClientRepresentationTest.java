package org.onewindow.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnitSystemClientRepresentationTest {

  private static final JsonObject CLIENT =
      UnitSystemClientRepresentation.of("unit-12-0a1b2c3d", 12, "杭州市数据资源管理局");

  private static Map<String, JsonObject> mappers() {
    return CLIENT.getJsonArray("protocolMappers").stream()
        .map(JsonValue::asJsonObject)
        .collect(
            Collectors.toMap(
                m -> m.getString("protocolMapper") + "/" + m.getString("name"),
                m -> m.getJsonObject("config")));
  }

  @Test
  void aSystemClientHasClientCredentialsAndNoOtherGrant() {
    assertFalse(CLIENT.getBoolean("publicClient"));
    assertTrue(CLIENT.getBoolean("serviceAccountsEnabled"));
    assertFalse(CLIENT.getBoolean("standardFlowEnabled"));
    assertFalse(CLIENT.getBoolean("implicitFlowEnabled"));
    assertFalse(CLIENT.getBoolean("directAccessGrantsEnabled"));
    assertEquals(
        "false",
        CLIENT.getJsonObject("attributes").getString("oauth2.device.authorization.grant.enabled"));
    assertTrue(CLIENT.getJsonArray("redirectUris").isEmpty());
    assertFalse(CLIENT.containsKey("secret"), "Keycloak makes the secret, the platform never");
    assertEquals("接入单位系统账号：杭州市数据资源管理局", CLIENT.getString("name"));
  }

  @Test
  void itsTokenIsADevelopersOfItsUnitForTheApiAndNothingMore() {
    assertFalse(CLIENT.getBoolean("fullScopeAllowed"), "no role of the account itself leaks in");
    Map<String, JsonObject> mappers = mappers();
    assertEquals(4, mappers.size(), mappers.keySet().toString());
    assertEquals(
        "unit-developer",
        mappers.get("oidc-hardcoded-role-mapper/unit-developer-role").getString("role"));
    JsonObject unit = mappers.get("oidc-hardcoded-claim-mapper/access-unit");
    assertEquals("access_unit", unit.getString("claim.name"));
    assertEquals("杭州市数据资源管理局", unit.getString("claim.value"));
    JsonObject unitId = mappers.get("oidc-hardcoded-claim-mapper/access-unit-id");
    assertEquals("access_unit_id", unitId.getString("claim.name"));
    assertEquals("12", unitId.getString("claim.value"));
    assertEquals(
        "onewindow-api",
        mappers.get("oidc-audience-mapper/api-audience").getString("included.client.audience"));
    assertEquals(
        "SM2", CLIENT.getJsonObject("attributes").getString("access.token.signed.response.alg"));
  }

  @Test
  void onlyTheUnitsOwnClientsBelongToIt() {
    assertTrue(UnitSystemClientRepresentation.belongsTo(CLIENT, 12, "杭州市数据资源管理局"));
    assertFalse(UnitSystemClientRepresentation.belongsTo(CLIENT, 1, "杭州市数据资源管理局"));
    assertFalse(UnitSystemClientRepresentation.belongsTo(CLIENT, 120, "杭州市数据资源管理局"));
    // A client named like a unit's but not made by the registry (no attribute), or made for
    // another unit and renamed: not the unit's.
    assertFalse(
        UnitSystemClientRepresentation.belongsTo(
            Json.createObjectBuilder().add("clientId", "unit-12-ffffffff").build(),
            12,
            "杭州市数据资源管理局"));
    // A client left from an earlier unit 12 of another name (a database made afresh).
    assertFalse(UnitSystemClientRepresentation.belongsTo(CLIENT, 12, "新的十二号单位"));
    JsonObject foreign =
        Json.createObjectBuilder(UnitSystemClientRepresentation.of("unit-12-00000000", 7, "别的单位"))
            .build();
    assertFalse(UnitSystemClientRepresentation.belongsTo(foreign, 12, "别的单位"));
    assertFalse(UnitSystemClientRepresentation.belongsTo(foreign, 7, "别的单位"));
    assertEquals("unit-1-", UnitSystemClientRepresentation.prefix(1));
    assertFalse(
        UnitSystemClientRepresentation.clientId(12, "0a1b2c3d")
            .startsWith(UnitSystemClientRepresentation.prefix(1)));
  }

  @Test
  void theSecretIsNeverPrinted() {
    UnitSystemClientSecret secret =
        new UnitSystemClientSecret("unit-12-0a1b2c3d", 12, "s3cr3t-value", "http://kc/token");
    assertFalse(secret.toString().contains("s3cr3t-value"));
  }
}
