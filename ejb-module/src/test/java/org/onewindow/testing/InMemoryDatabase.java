package org.onewindow.testing;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.onewindow.common.Roles;
import org.onewindow.schema.MigrateBeforeHibernate;

/**
 * The platform's persistence unit on an in-memory H2 database, with Hibernate bootstrapped directly
 * (no server, no JTA): the real entities and the real JPQL, so a repository test fails when a query
 * does. Each instance is a fresh, empty database with the schema Hibernate derives from the
 * entities.
 *
 * <p>Chosen over fakes of the repositories because the queries are what the repositories are: a
 * fake would test the fake. H2 in its default mode is the embedded run's database; PostgreSQL
 * specifics stay with the integration tests that run on both.
 */
public final class InMemoryDatabase implements AutoCloseable {

  private static final AtomicInteger NEXT = new AtomicInteger();

  /** The platform's entities, found once on the class path of the EJB module's classes. */
  private static final List<Class<?>> ENTITIES = entities();

  private final EntityManagerFactory factory;

  public InMemoryDatabase() {
    Configuration configuration = new Configuration();
    ENTITIES.forEach(configuration::addAnnotatedClass);
    configuration
        .setProperty(
            AvailableSettings.JAKARTA_JDBC_URL,
            "jdbc:h2:mem:unit" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1")
        .setProperty(AvailableSettings.JAKARTA_JDBC_USER, "sa")
        .setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "")
        .setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop")
        // The schema from the entities, not from the migrations: MigratedSchemaTest holds the two
        // equal, and the migrations need the server's DataSource, which this bootstrap has not.
        .setProperty(MigrateBeforeHibernate.SETTING, "skip")
        // as persistence.xml says: instants are stored in UTC whatever the JVM's zone
        .setProperty(AvailableSettings.JDBC_TIME_ZONE, "UTC");
    factory = configuration.buildSessionFactory();
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

  @Override
  public void close() {
    factory.close();
  }
}
