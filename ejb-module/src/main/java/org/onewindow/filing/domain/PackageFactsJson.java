package org.onewindow.filing.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** {@link PackageFacts} as the JSON text a filing keeps them in (and the API shows). */
public final class PackageFactsJson {

  private PackageFactsJson() {}

  public static String write(PackageFacts facts) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("platform", facts.platform().name())
            .add("packageName", facts.packageName())
            .add("versionCode", facts.versionCode())
            .add("versionName", facts.versionName());
    if (facts.minSdk() != null) {
      json.add("minSdk", facts.minSdk());
    }
    if (facts.targetSdk() != null) {
      json.add("targetSdk", facts.targetSdk());
    }
    JsonArrayBuilder permissions = Json.createArrayBuilder();
    facts.permissions().forEach(permissions::add);
    JsonArrayBuilder schemes = Json.createArrayBuilder();
    facts.signatureSchemes().forEach(schemes::add);
    return json.add("permissions", permissions)
        .add("signatureSchemes", schemes)
        .add("signers", certificates(facts.signers()))
        .add("lineage", certificates(facts.lineage()))
        .build()
        .toString();
  }

  private static JsonArrayBuilder certificates(List<SigningCertificate> certificates) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (SigningCertificate certificate : certificates) {
      JsonObjectBuilder one =
          Json.createObjectBuilder()
              .add("subject", certificate.subject())
              .add("sha256", certificate.sha256Hex())
              .add("sm3", certificate.sm3Hex());
      if (certificate.notAfter() != null) {
        one.add("notAfter", certificate.notAfter().toString());
      }
      array.add(one);
    }
    return array;
  }

  public static PackageFacts read(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      return new PackageFacts(
          PackagePlatform.valueOf(json.getString("platform")),
          json.getString("packageName"),
          json.getJsonNumber("versionCode").longValueExact(),
          json.getString("versionName"),
          integer(json, "minSdk"),
          integer(json, "targetSdk"),
          json.getJsonArray("permissions")
              .getValuesAs(v -> ((jakarta.json.JsonString) v).getString()),
          json.getJsonArray("signatureSchemes").getValuesAs(v -> ((JsonNumber) v).intValue()),
          certificates(json.getJsonArray("signers")),
          certificates(json.getJsonArray("lineage")));
    }
  }

  private static Integer integer(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value instanceof JsonNumber number ? number.intValue() : null;
  }

  private static List<SigningCertificate> certificates(JsonArray array) {
    return array.getValuesAs(JsonObject.class).stream()
        .map(
            one ->
                new SigningCertificate(
                    one.getString("subject"),
                    one.getString("sha256"),
                    one.getString("sm3"),
                    one.containsKey("notAfter") ? Instant.parse(one.getString("notAfter")) : null))
        .toList();
  }
}
