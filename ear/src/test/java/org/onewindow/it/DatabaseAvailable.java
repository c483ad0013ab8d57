package org.onewindow.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the PostgreSQL run, with a message, where no PostgreSQL answers on 127.0.0.1:5432. The H2
 * run always goes ahead.
 *
 * <p>Each database run starts from an empty database: the platform migrates its schema itself
 * (docs/adr/0007-versioned-schema.md) and never drops it, so before the first test class of a run
 * (the condition is evaluated before Arquillian starts that run's WildFly) the H2 run deletes the
 * managed server's H2 files and the PostgreSQL run drops its schema and creates it anew.
 */
public class DatabaseAvailable implements ExecutionCondition {

  private static final String HOST = "127.0.0.1";
  private static final int PORT = 5432;
  private static final String SCHEMA = System.getProperty("it.pg.schema", "onewindow_it");

  /** Once per failsafe JVM, that is once per database run. */
  private static final AtomicBoolean EMPTIED = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String database = System.getProperty("onewindow.it.database", "h2");
    if (!"pg".equals(database)) {
      if (EMPTIED.compareAndSet(false, true)) {
        deleteH2Files();
      }
      return ConditionEvaluationResult.enabled("runs on " + database);
    }
    if (reachable()) {
      if (EMPTIED.compareAndSet(false, true)) {
        recreateTestSchema();
      }
      return ConditionEvaluationResult.enabled("PostgreSQL answers on " + HOST + ":" + PORT);
    }
    String reason =
        "PostgreSQL not reachable on " + HOST + ":" + PORT + ": skipping the PostgreSQL run";
    System.out.println("[onewindow-it] " + reason);
    return ConditionEvaluationResult.disabled(reason);
  }

  /**
   * The schema the PostgreSQL run uses (arquillian.xml), apart from a platform run's tables: empty
   * (with the large objects its tables referred to gone too).
   */
  private static void recreateTestSchema() {
    String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/test";
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        Statement statement = connection.createStatement()) {
      // The large objects (oid columns) belong to the database, not the schema: unlink them too.
      statement.execute(
          "DO $$ BEGIN IF to_regclass('"
              + SCHEMA
              + ".ow_interface_test') IS NOT NULL THEN EXECUTE 'SELECT lo_unlink(l.oid) FROM"
              + " pg_largeobject_metadata l WHERE l.oid IN (SELECT response_excerpt FROM "
              + SCHEMA
              + ".ow_interface_test)'; END IF; END $$");
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + SCHEMA);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare schema " + SCHEMA + " in " + url, e);
    }
  }

  /** The H2 database of the managed server (datasource-h2.cli: jboss.server.data.dir/onewindow). */
  private static void deleteH2Files() {
    Path directory =
        Path.of(System.getProperty("jboss.home", "target"), "standalone", "data", "onewindow");
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty the H2 database in " + directory, e);
    }
  }

  private static boolean reachable() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(HOST, PORT), 2000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
