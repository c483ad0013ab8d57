package org.onewindow.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The platform's classes as the rules see them: the EJB module and batch jobs (dependencies of this
 * module), and the WARs' classes read from their build directories (a WAR is no class path entry).
 * Imported once per test JVM.
 */
final class PlatformClasses {

  /** The WARs whose classes call the services; the demo WARs are not the product. */
  static final List<String> WARS = List.of("console", "portal", "api", "gateway", "jssdk");

  /**
   * Packages every capability may use (issue 15 item 1; DESIGN.md section 2): the shared kernel,
   * and the crypto library.
   */
  static final Set<String> KERNEL =
      Set.of("common", "exchange", "export", "files", "region", "outbound", "review", "notice");

  /** Top-level packages that are no capability: the kernel, libraries, batch jobs and web. */
  static final Set<String> NOT_CAPABILITIES =
      Set.of(
          "common",
          "exchange",
          "export",
          "files",
          "region",
          "outbound",
          "review",
          "notice",
          "crypto",
          "oidc",
          "keycloak",
          "batch",
          "web");

  static final JavaClasses ALL = importAll();

  /**
   * The types a capability's {@code *Service} beans take and return in their public methods, and
   * that are the capability's own: with the beans themselves, what another capability may use of it
   * (entities never).
   */
  static final Set<String> SERVICE_API = serviceApi();

  private PlatformClasses() {}

  private static JavaClasses importAll() {
    Set<Location> locations = new HashSet<>(Locations.ofPackage("org.onewindow"));
    Path webModule = Path.of(System.getProperty("user.dir")).resolveSibling("web-module");
    for (String war : WARS) {
      Path classes = webModule.resolve(war).resolve("target/classes");
      if (!Files.isDirectory(classes)) {
        throw new IllegalStateException(
            classes + " is missing: build the web modules first (mvn -pl architecture -am verify)");
      }
      locations.add(Location.of(classes));
    }
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importLocations(locations);
  }

  private static Set<String> serviceApi() {
    Set<String> api = new HashSet<>();
    for (JavaClass type : ALL) {
      if (!isSessionBean(type) || !type.getSimpleName().endsWith("Service")) {
        continue;
      }
      for (JavaMethod method : type.getMethods()) {
        if (!method.getModifiers().contains(JavaModifier.PUBLIC)) {
          continue;
        }
        Optional<String> home = capability(type);
        Stream.concat(
                method.getReturnType().getAllInvolvedRawTypes().stream(),
                method.getParameterTypes().stream()
                    .flatMap(t -> t.getAllInvolvedRawTypes().stream()))
            .filter(t -> home.isPresent() && capability(t).equals(home))
            .forEach(t -> api.add(t.getName()));
      }
    }
    return Set.copyOf(api);
  }

  static boolean isSessionBean(JavaClass type) {
    return type.isAnnotatedWith("jakarta.ejb.Stateless")
        || type.isAnnotatedWith("jakarta.ejb.Singleton")
        || type.isAnnotatedWith("jakarta.ejb.Stateful");
  }

  /** The top-level package under {@code org.onewindow} a class lives in, if any. */
  static Optional<String> slice(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith("org.onewindow.")) {
      return Optional.empty();
    }
    String rest = name.substring("org.onewindow.".length());
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  /** The capability a class belongs to: its top-level package unless that is no capability. */
  static Optional<String> capability(JavaClass type) {
    return slice(type).filter(slice -> !NOT_CAPABILITIES.contains(slice));
  }
}
