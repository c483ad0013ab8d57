package org.onewindow.filing.infrastructure;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.onewindow.files.ZipLimits;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.PackagePlatform;

/**
 * Reads a HarmonyOS module package ({@code .hap}): a zip whose {@code module.json} (the stage
 * model) holds {@code app.bundleName}, {@code app.versionCode}, {@code app.versionName}, {@code
 * app.minAPIVersion} and {@code module.requestPermissions[].name}; an older package of the FA model
 * has {@code config.json} with {@code app.version.code/name}, {@code app.apiVersion.compatible} and
 * {@code module.reqPermissions}. The HAP's signature block is Huawei's format and is not verified
 * here: the facts carry no signer.
 */
public final class HarmonyPackageReader {

  static final String MODULE_JSON = "module.json";
  static final String CONFIG_JSON = "config.json";

  /** A module's configuration is some KiB. */
  static final int MAX_JSON_BYTES = 1 << 20;

  private static final ZipLimits LIMITS = ZipLimits.apk();

  /**
   * The facts of the package at {@code hap}.
   *
   * @throws org.onewindow.common.InvalidInputException when the package is refused
   * @throws IOException when the file cannot be read
   */
  public PackageFacts read(Path hap) throws IOException {
    try (PackageArchive archive = PackageArchive.open(hap, LIMITS)) {
      if (archive.contains(MODULE_JSON)) {
        return stageModel(json(archive.read(MODULE_JSON, MAX_JSON_BYTES), MODULE_JSON));
      }
      if (archive.contains(CONFIG_JSON)) {
        return faModel(json(archive.read(CONFIG_JSON, MAX_JSON_BYTES), CONFIG_JSON));
      }
      throw PackageRefusals.refuse("missingEntry", MODULE_JSON);
    }
  }

  private static PackageFacts stageModel(JsonObject json) {
    JsonObject app = JsonFile.object(json, "app");
    JsonObject module = JsonFile.object(json, "module");
    return facts(
        required(MODULE_JSON, "app.bundleName", JsonFile.text(app, "bundleName")),
        required(MODULE_JSON, "app.versionCode", JsonFile.number(app, "versionCode")),
        JsonFile.text(app, "versionName"),
        JsonFile.number(app, "minAPIVersion"),
        permissions(module, "requestPermissions"));
  }

  private static PackageFacts faModel(JsonObject json) {
    JsonObject app = JsonFile.object(json, "app");
    JsonObject version = JsonFile.object(app, "version");
    JsonObject api = JsonFile.object(app, "apiVersion");
    return facts(
        required(CONFIG_JSON, "app.bundleName", JsonFile.text(app, "bundleName")),
        required(CONFIG_JSON, "app.version.code", JsonFile.number(version, "code")),
        JsonFile.text(version, "name"),
        JsonFile.number(api, "compatible"),
        permissions(JsonFile.object(json, "module"), "reqPermissions"));
  }

  private static PackageFacts facts(
      String bundleName, long versionCode, String versionName, Long minApi, List<String> perms) {
    Integer minSdk =
        minApi != null && minApi >= 0 && minApi <= Integer.MAX_VALUE ? minApi.intValue() : null;
    return new PackageFacts(
        PackagePlatform.HARMONY,
        bundleName,
        versionCode,
        versionName,
        minSdk,
        null,
        perms,
        List.of(),
        List.of(),
        List.of());
  }

  private static List<String> permissions(JsonObject module, String member) {
    Set<String> names = new TreeSet<>();
    for (JsonValue value : JsonFile.array(module, member)) {
      if (value instanceof JsonObject permission) {
        String name = JsonFile.text(permission, "name");
        if (name != null && !name.isBlank()) {
          names.add(name);
        }
      }
    }
    return List.copyOf(names);
  }

  private static JsonObject json(byte[] bytes, String file) {
    try {
      return JsonFile.object(bytes);
    } catch (MalformedPackageException e) {
      throw PackageRefusals.refuse(e, "manifestUnreadable", file);
    }
  }

  private static <T> T required(String file, String field, T value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw PackageRefusals.refuse("missingField", file, field);
    }
    return value;
  }
}
