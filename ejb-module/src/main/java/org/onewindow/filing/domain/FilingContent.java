package org.onewindow.filing.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onewindow.crypto.Sm3;

/**
 * A filing's reviewable content as one ordered list of fields and their shown values (people
 * masked; long texts by length and SM3 prefix; files by fingerprint), kept at each submission
 * ({@link FilingSnapshot}) and compared to show a reviewer what changed since the last review.
 */
public final class FilingContent {

  private FilingContent() {}

  /** A field that differs between two snapshots. */
  public record Change(String fieldKey, String before, String after) implements Serializable {}

  /**
   * The content of a filing as shown to reviewers.
   *
   * @param draft the submitter's fields, opened (masked here)
   * @param icon the icon's SM3, or empty
   * @param screenshots the screenshots' SM3s, in upload order
   * @param installPackage the package, or null
   */
  public static Map<String, String> of(
      FilingDraft draft, String icon, List<String> screenshots, InstallPackage installPackage) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("appName", draft.appName());
    fields.put("icon", shortDigest(icon));
    fields.put(
        "screenshots",
        screenshots.stream().map(FilingContent::shortDigest).collect(Collectors.joining(" ")));
    fields.put("description", draft.description());
    fields.put("versionNotes", draft.versionNotes());
    fields.put("responsibleDepartment", draft.responsibleDepartment());
    fields.put("competentDepartment", draft.competentDepartment());
    fields.put("competentDepartmentPhone", draft.competentDepartmentPhone());
    fields.put("supervisorName", MaskedContacts.name(draft.supervisorName()));
    fields.put("supervisorPhone", MaskedContacts.phone(draft.supervisorPhone()));
    fields.put("technicalUnit", draft.technicalUnit());
    fields.put("technicalContactName", MaskedContacts.name(draft.technicalContactName()));
    fields.put("technicalContactPhone", MaskedContacts.phone(draft.technicalContactPhone()));
    fields.put("installPackage", installPackage == null ? "" : describe(installPackage));
    fields.put("privacyPolicyText", textDigest(draft.privacyPolicyText()));
    fields.put("privacyPolicyUrl", draft.privacyPolicyUrl());
    fields.put(
        "permissionUses",
        draft.permissionUses().stream()
            .map(use -> use.permission() + ": " + use.purpose())
            .collect(Collectors.joining("; ")));
    fields.put("testAccount", draft.testAccount());
    fields.put("loginFailureMessage", draft.loginFailureMessage());
    return fields;
  }

  private static String describe(InstallPackage p) {
    return p.packageName()
        + " "
        + p.versionName()
        + " ("
        + p.versionCode()
        + ") SM3 "
        + p.sm3Hex().substring(0, 16);
  }

  private static String shortDigest(String sm3Hex) {
    return sm3Hex == null || sm3Hex.isEmpty() ? "" : sm3Hex.substring(0, 16);
  }

  private static String textDigest(String text) {
    if (text.isEmpty()) {
      return "";
    }
    String sm3 = HexFormat.of().formatHex(Sm3.digest(text.getBytes(StandardCharsets.UTF_8)));
    return text.codePointCount(0, text.length()) + " / SM3 " + sm3.substring(0, 16);
  }

  public static String write(Map<String, String> fields) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    fields.forEach(json::add);
    return json.build().toString();
  }

  public static Map<String, String> read(String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    try (var reader = Json.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      json.forEach((name, value) -> fields.put(name, ((JsonString) value).getString()));
    }
    return fields;
  }

  /** The fields that differ, in {@code after}'s order; keys are {@code filing.field.<name>}. */
  public static List<Change> changes(Map<String, String> before, Map<String, String> after) {
    List<Change> changes = new ArrayList<>();
    after.forEach(
        (name, value) -> {
          String old = before.getOrDefault(name, "");
          if (!old.equals(value)) {
            changes.add(new Change(Completeness.key(name), old, value));
          }
        });
    return changes;
  }
}
