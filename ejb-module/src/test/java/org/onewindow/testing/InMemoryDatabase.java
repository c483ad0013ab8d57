package org.onewindow.testing;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.onewindow.common.Roles;
import org.onewindow.schema.MigrateBeforeHibernate;

/**
 * The platform's persistence unit on an in-memory H2 database, with Hibernate bootstrapped directly
 * (no server, no JTA): the real entities and the real JPQL, so a repository test fails when a query
 * does. Each instance starts empty, with the schema Hibernate derives from the entities.
 *
 * <p>Chosen over fakes of the repositories because the queries are what the repositories are: a
 * fake would test the fake. H2 in its default mode is the embedded run's database; PostgreSQL
 * specifics stay with the integration tests that run on both.
 *
 * <p>Hibernate is bootstrapped once per test JVM (about a second); each instance empties every
 * table instead, so a test costs milliseconds. Tests run one at a time (surefire's default).
 */
public final class InMemoryDatabase implements AutoCloseable {

  /** The platform's entities, found once on the class path of the EJB module's classes. */
  private static final List<Class<?>> ENTITIES = entities();

  private static SessionFactory shared;

  private final SessionFactory factory;

  public InMemoryDatabase() {
    factory = shared();
    factory.getSchemaManager().truncateMappedObjects();
  }

  private static synchronized SessionFactory shared() {
    if (shared == null) {
      // Hibernate's start-up notes are no test output
      Logger.getLogger("org.hibernate").setLevel(Level.WARNING);
      Configuration configuration = new Configuration();
      ENTITIES.forEach(configuration::addAnnotatedClass);
      configuration
          .setProperty(AvailableSettings.JAKARTA_JDBC_URL, "jdbc:h2:mem:unit;DB_CLOSE_DELAY=-1")
          .setProperty(AvailableSettings.JAKARTA_JDBC_USER, "sa")
          .setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "")
          .setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop")
          // The schema from the entities, not from the migrations: MigratedSchemaTest holds the
          // two equal, and the migrations need the server's DataSource, which this bootstrap has
          // not.
          .setProperty(MigrateBeforeHibernate.SETTING, "skip")
          // as persistence.xml says: instants are stored in UTC whatever the JVM's zone
          .setProperty(AvailableSettings.JDBC_TIME_ZONE, "UTC")
          // portal search: no index here; the analyzers have their own tests, the search its IT
          .setProperty("hibernate.search.enabled", "false");
      shared = configuration.buildSessionFactory();
    }
    return shared;
  }

  private static List<Class<?>> entities() {
    try {
      Path classes =
          Path.of(Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (Stream<Path> files = Files.walk(classes)) {
        List<Class<?>> found = new ArrayList<>();
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name = classes.relativize(file).toString();
          name =
              name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.');
          Class<?> type = Class.forName(name, false, InMemoryDatabase.class.getClassLoader());
          if (type.isAnnotationPresent(Entity.class)) {
            found.add(type);
          }
        }
        return List.copyOf(found);
      }
    } catch (IOException | URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot list the entities", e);
    }
  }

  /** Runs {@code work} in one transaction and commits it. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** Runs {@code work} in one transaction and commits it. */
  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  /** Leaves the shared database to the next test, which empties it. */
  @Override
  public void close() {
    // nothing to release: the factory lives as long as the test JVM
  }
}
