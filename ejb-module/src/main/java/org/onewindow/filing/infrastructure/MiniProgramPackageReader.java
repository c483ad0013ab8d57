package org.onewindow.filing.infrastructure;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.onewindow.files.ZipLimits;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.PackagePlatform;

/**
 * Reads a mini-program's source package: a zip of the project, at its root or in its one top-level
 * folder, with {@code project.config.json} (the {@code appid} the mini-program platform assigned,
 * and {@code miniprogramRoot} where the code is in a subfolder) and {@code app.json} (the pages,
 * and the privacy-relevant {@code permission} scopes and {@code requiredPrivateInfos} interfaces,
 * read as the package's permissions). A version is read where the project states one ({@code
 * version}); the platform's own upload assigns it otherwise, so the version code is 0.
 */
public final class MiniProgramPackageReader {

  static final String PROJECT_CONFIG = "project.config.json";
  static final String APP_JSON = "app.json";

  static final int MAX_JSON_BYTES = 1 << 20;

  private static final ZipLimits LIMITS = ZipLimits.h5();

  /** A folder name within the project: no parent steps, no absolute path. */
  private static final Pattern SAFE_FOLDER = Pattern.compile("([A-Za-z0-9_.-]+/)*");

  /**
   * The facts of the package at {@code zip}.
   *
   * @throws org.onewindow.common.InvalidInputException when the package is refused
   * @throws IOException when the file cannot be read
   */
  public PackageFacts read(Path zip) throws IOException {
    try (PackageArchive archive = PackageArchive.open(zip, LIMITS)) {
      String base = projectFolder(archive);
      JsonObject project = json(archive, base + PROJECT_CONFIG);
      String appRoot = base;
      String declaredRoot = JsonFile.text(project, "miniprogramRoot");
      if (declaredRoot != null && !declaredRoot.isBlank()) {
        String folder = declaredRoot.strip().replaceFirst("^\\./", "");
        folder = folder.endsWith("/") ? folder : folder + "/";
        if (SAFE_FOLDER.matcher(folder).matches() && !folder.contains("../")) {
          appRoot = base + folder;
        }
      }
      JsonObject app =
          archive.contains(appRoot + APP_JSON) ? json(archive, appRoot + APP_JSON) : null;
      String appId = JsonFile.text(project, "appid");
      if (appId == null || appId.isBlank()) {
        throw PackageRefusals.refuse("missingField", PROJECT_CONFIG, "appid");
      }
      String version = JsonFile.text(project, "version");
      if (version == null) {
        version = JsonFile.text(app, "version");
      }
      return new PackageFacts(
          PackagePlatform.MINI_PROGRAM,
          appId.strip(),
          0,
          version,
          null,
          null,
          permissions(app),
          List.of(),
          List.of(),
          List.of());
    }
  }

  /** The folder holding {@code project.config.json}: the root, or the one top-level folder. */
  private static String projectFolder(PackageArchive archive) {
    if (archive.contains(PROJECT_CONFIG)) {
      return "";
    }
    List<String> nested =
        archive.names().stream()
            .filter(n -> n.endsWith("/" + PROJECT_CONFIG) && n.indexOf('/') == n.lastIndexOf('/'))
            .filter(n -> !n.startsWith("__MACOSX/"))
            .toList();
    if (nested.size() != 1) {
      throw PackageRefusals.refuse("missingEntry", PROJECT_CONFIG);
    }
    String name = nested.get(0);
    return name.substring(0, name.length() - PROJECT_CONFIG.length());
  }

  /** The {@code permission} scopes and {@code requiredPrivateInfos} of {@code app.json}. */
  private static List<String> permissions(JsonObject app) {
    Set<String> names = new TreeSet<>();
    JsonObject scopes = JsonFile.object(app, "permission");
    if (scopes != null) {
      names.addAll(scopes.keySet());
    }
    names.addAll(JsonFile.strings(JsonFile.array(app, "requiredPrivateInfos")));
    names.removeIf(String::isBlank);
    return List.copyOf(names);
  }

  private static JsonObject json(PackageArchive archive, String name) throws IOException {
    try {
      return JsonFile.object(archive.read(name, MAX_JSON_BYTES));
    } catch (MalformedPackageException e) {
      throw PackageRefusals.refuse(e, "manifestUnreadable", PackageArchive.shown(name));
    }
  }
}
