package org.onewindow.matter.service;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.common.InvalidInputException;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.matter.domain.CatalogueItem;
import org.onewindow.matter.domain.Material;
import org.onewindow.matter.domain.MaterialDraft;
import org.onewindow.matter.domain.MatterDraft;
import org.onewindow.matter.domain.MatterElements;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.matter.domain.Publication;
import org.onewindow.matter.domain.ServiceLevel;

/**
 * Matters as exchange records (docs/wire-formats.md §6): the snake_case field names, every element
 * of 001 7.1 and the facets of 001 6.3, choices by their constant names, numbers in decimal,
 * booleans {@code true}/{@code false}, times as ISO-8601 instants, the 材料目录 as a JSON array.
 */
public final class MatterRecords {

  public static final String BASIC_CODE = "basic_code";
  public static final String IMPLEMENTATION_CODE = "implementation_code";
  public static final String NAME = "name";
  public static final String MATTER_TYPE = "matter_type";
  public static final String SETTING_BASIS = "setting_basis";
  public static final String EXERCISE_LEVEL = "exercise_level";
  public static final String UPDATED_AT = "updated_at";

  /** Every field of an implementation-list record, in the order the feed writes them. */
  public static final List<String> IMPLEMENTATION_FIELDS =
      List.of(
          IMPLEMENTATION_CODE,
          "version_number",
          "status",
          BASIC_CODE,
          NAME,
          MATTER_TYPE,
          SETTING_BASIS,
          EXERCISE_LEVEL,
          "agency",
          "agency_code",
          "division_code",
          "statutory_limit_days",
          "promised_limit_days",
          "onsite_visits",
          "acceptance_conditions",
          "materials",
          "process",
          "charged",
          "charge_standard",
          "charge_item",
          "handling_type",
          "location",
          "office_hours",
          "consultation",
          "faq",
          "complaint",
          "target",
          "theme",
          "jurisdiction",
          "real_name_level",
          "online_url",
          "owner_unit",
          "published_at",
          UPDATED_AT);

  /**
   * Found once: {@code Json.create…} looks the provider up through the service loader on every
   * call, which in a deployment's module class loader cost most of a feed read (seen in
   * ear/bench-search, portal search).
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private MatterRecords() {}

  /** A basic-catalogue item as the catalogue feed discloses it. */
  static ExchangeRecord catalogue(CatalogueItem item) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(BASIC_CODE, item.getBasicCode());
    fields.put(NAME, item.getName());
    fields.put(MATTER_TYPE, item.getMatterType().name());
    fields.put(SETTING_BASIS, item.getSettingBasis());
    fields.put(
        EXERCISE_LEVEL,
        String.join(",", item.getExerciseLevels().stream().map(ServiceLevel::name).toList()));
    fields.put(UPDATED_AT, item.getSourceVersion().toString());
    return new ExchangeRecord(item.getBasicCode(), item.getSourceVersion(), fields);
  }

  /** A published or withdrawn version as the implementation feed discloses it. */
  static ExchangeRecord implementation(MatterVersion version) {
    MatterElements e = version.elements();
    Instant changed = version.getPublicationChangedAt();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(IMPLEMENTATION_CODE, e.implementationCode());
    fields.put("version_number", String.valueOf(version.getVersionNumber()));
    fields.put(
        "status", version.getPublication() == Publication.WITHDRAWN ? "withdrawn" : "published");
    fields.put(BASIC_CODE, e.basicCode());
    fields.put(NAME, e.name());
    fields.put(MATTER_TYPE, e.matterType().name());
    fields.put(SETTING_BASIS, e.settingBasis());
    fields.put(EXERCISE_LEVEL, e.exerciseLevel().name());
    fields.put("agency", e.agency());
    fields.put("agency_code", e.agencyCode());
    fields.put("division_code", e.divisionCode());
    fields.put("statutory_limit_days", String.valueOf(e.statutoryLimitDays()));
    fields.put("promised_limit_days", String.valueOf(e.promisedLimitDays()));
    fields.put("onsite_visits", String.valueOf(e.onsiteVisits()));
    fields.put("acceptance_conditions", e.acceptanceConditions());
    fields.put("materials", materialsJson(e.materials()));
    fields.put("process", e.process());
    fields.put("charged", String.valueOf(e.charged()));
    fields.put("charge_standard", e.chargeStandard());
    fields.put("charge_item", e.chargeItem());
    fields.put("handling_type", e.handlingType().name());
    fields.put("location", e.location());
    fields.put("office_hours", e.officeHours());
    fields.put("consultation", e.consultation());
    fields.put("faq", e.faq());
    fields.put("complaint", e.complaint());
    fields.put("target", e.target().name());
    fields.put("theme", e.theme().name());
    fields.put("jurisdiction", e.jurisdiction().name());
    fields.put("real_name_level", String.valueOf(e.realNameLevel()));
    fields.put("online_url", e.onlineUrl());
    fields.put("owner_unit", version.getOwnerUnit());
    fields.put("published_at", version.getPublishedAt().toString());
    fields.put(UPDATED_AT, changed.toString());
    fields.values().removeIf(String::isEmpty); // blank values left out (ExchangeRecord)
    return new ExchangeRecord(e.implementationCode(), changed, fields);
  }

  /** An implementation-list record read back as a draft (the generator's files, tests). */
  public static MatterDraft draft(Map<String, String> f) {
    return new MatterDraft(
        f.get(IMPLEMENTATION_CODE),
        f.get(BASIC_CODE),
        f.get(NAME),
        f.get(MATTER_TYPE),
        f.get(SETTING_BASIS),
        f.get(EXERCISE_LEVEL),
        f.get("agency"),
        f.get("agency_code"),
        f.get("division_code"),
        number("statutory_limit_days", f.get("statutory_limit_days")),
        number("promised_limit_days", f.get("promised_limit_days")),
        number("onsite_visits", f.get("onsite_visits")),
        f.get("acceptance_conditions"),
        materials(f.get("materials")),
        f.get("process"),
        f.get("charged") == null ? null : Boolean.valueOf(f.get("charged").strip()),
        f.get("charge_standard"),
        f.get("charge_item"),
        f.get("handling_type"),
        f.get("location"),
        f.get("office_hours"),
        f.get("consultation"),
        f.get("faq"),
        f.get("complaint"),
        f.get("target"),
        f.get("theme"),
        f.get("jurisdiction"),
        number("real_name_level", f.get("real_name_level")),
        f.get("online_url"));
  }

  /** The 材料目录 as the records carry it: {@code [{"name","form","copies","required"}]}. */
  public static String materialsJson(List<Material> materials) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (Material m : materials) {
      array.add(
          JSON.createObjectBuilder()
              .add("name", m.getName())
              .add("form", m.getForm().name())
              .add("copies", m.getCopies())
              .add("required", m.isRequired()));
    }
    return array.build().toString();
  }

  private static List<MaterialDraft> materials(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    JsonArray array;
    try (var reader = JSON.createReader(new StringReader(json))) {
      array = reader.readArray();
    } catch (JsonParsingException | ClassCastException | IllegalStateException e) {
      throw InvalidInputException.keyed("materials", "matter.exchange.materials");
    }
    List<MaterialDraft> materials = new ArrayList<>();
    for (JsonValue value : array) {
      if (!(value instanceof JsonObject m)) {
        throw InvalidInputException.keyed("materials", "matter.exchange.materials");
      }
      materials.add(
          new MaterialDraft(
              m.getString("name", null),
              m.getString("form", null),
              m.containsKey("copies")
                      && m.get("copies").getValueType() == JsonValue.ValueType.NUMBER
                  ? m.getInt("copies")
                  : null,
              m.containsKey("required") ? m.getBoolean("required", true) : null));
    }
    return materials;
  }

  private static Integer number(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.keyed(field, "matter.exchange.number", field);
    }
  }
}
