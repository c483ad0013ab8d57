package org.onewindow.schema;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * The platform's entity model as WildFly's persistence unit sees it (every {@code @Entity} class of
 * this module, the properties of persistence.xml), bootstrapped by Hibernate directly: no server,
 * the same Hibernate version WildFly ships.
 */
final class EntityModel {

  private EntityModel() {}

  /** Every {@code @Entity} class compiled into this module, found under its classes directory. */
  static List<Class<?>> entityClasses() {
    Path classes = classesDirectory();
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(file -> file.toString().endsWith(".class"))
          .map(file -> className(classes, file))
          .filter(name -> !name.contains("$"))
          .map(EntityModel::load)
          .filter(type -> type.isAnnotationPresent(Entity.class))
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A session factory over {@code dataSource} whose schema tool does {@code action} (validate,
   * update, none), as the deployed persistence unit would: the schema migrations run first
   * (MigrateBeforeHibernate, found through META-INF/services like in WildFly) unless {@code
   * settings} say {@code onewindow.schema.migrations=skip}.
   */
  static SessionFactory sessionFactory(
      DataSource dataSource, String action, Map<String, Object> settings) {
    Map<String, Object> all = new HashMap<>(settings);
    all.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
    all.put(AvailableSettings.HBM2DDL_AUTO, action);
    all.put(AvailableSettings.JDBC_TIME_ZONE, "UTC");
    // portal search: the schema is the subject here, not the index
    all.putIfAbsent("hibernate.search.enabled", "false");
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder().applySettings(all).build();
    try {
      return metadata(registry).buildSessionFactory();
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }

  /** {@link #sessionFactory(DataSource, String, Map)} with the migrations applied first. */
  static SessionFactory sessionFactory(DataSource dataSource, String action) {
    return sessionFactory(dataSource, action, Map.of());
  }

  /**
   * Writes the DDL that Hibernate's {@code create} would run for {@code dialect} to {@code script},
   * with no database behind it.
   */
  static void writeCreateScript(String dialect, Path script) {
    Map<String, Object> settings =
        Map.of(
            AvailableSettings.DIALECT,
            dialect,
            "hibernate.boot.allow_jdbc_metadata_access",
            "false",
            AvailableSettings.JDBC_TIME_ZONE,
            "UTC",
            AvailableSettings.FORMAT_SQL,
            "true",
            AvailableSettings.HBM2DDL_DELIMITER,
            ";",
            AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION,
            "create",
            AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET,
            script.toString());
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder().applySettings(settings).build();
    try {
      SchemaManagementToolCoordinator.process(metadata(registry), registry, settings, null);
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  private static Metadata metadata(StandardServiceRegistry registry) {
    MetadataSources sources = new MetadataSources(registry);
    entityClasses().forEach(sources::addAnnotatedClass);
    return sources.buildMetadata();
  }

  private static Path classesDirectory() {
    URL marker = EntityModel.class.getResource("/META-INF/persistence.xml");
    try {
      return Path.of(marker.toURI()).getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String className(Path root, Path file) {
    String relative = root.relativize(file).toString();
    return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, EntityModel.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("cannot load " + name, e);
    }
  }
}
