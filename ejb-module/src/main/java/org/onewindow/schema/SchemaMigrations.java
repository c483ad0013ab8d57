package org.onewindow.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema this build expects: adopts a release 0.1 database or marks an
 * empty one ({@link SchemaState}), then applies the pending migrations of its vendor from {@code
 * db/migration/h2} or {@code db/migration/postgresql}. Plain JDBC and Flyway, no container: the
 * deployment and the schema tests run the same code.
 */
public final class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  /** The version an empty schema is marked with before V1 runs (nothing of the platform yet). */
  static final String EMPTY_BASELINE = "0";

  /** The version a release 0.1 database is adopted at: its tables are V1's. */
  static final String RELEASE_0_1_BASELINE = "1";

  private SchemaMigrations() {}

  /**
   * Migrates the schema {@code dataSource}'s connections work in (PostgreSQL: the first of the
   * search path, e.g. {@code ?currentSchema=}; H2: PUBLIC).
   *
   * @return the version the schema is at afterwards
   * @throws IllegalStateException when the database holds a schema the platform did not make
   * @throws FlywayException when a migration fails (its transaction is rolled back where the
   *     database allows)
   */
  public static String migrate(DataSource dataSource) {
    String vendor;
    Set<String> tables;
    try (Connection connection = dataSource.getConnection()) {
      vendor = vendor(connection.getMetaData());
      tables = tables(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database's tables: " + e.getMessage(), e);
    }
    SchemaState state = SchemaState.of(tables);
    switch (state) {
      case UNKNOWN ->
          throw new IllegalStateException(
              "The database holds some of the platform's tables but no migration history and not"
                  + " all of release 0.1's tables (missing: "
                  + SchemaState.missingFrom(tables)
                  + "): not a schema the platform made; nothing was changed"
                  + " (docs/adr/0007-versioned-schema.md)");
      case EMPTY -> baseline(dataSource, vendor, EMPTY_BASELINE, "empty platform schema");
      case RELEASE_0_1 -> {
        LOG.info("Adopting a release 0.1 database (hbm2ddl, no history) at schema version 1");
        baseline(dataSource, vendor, RELEASE_0_1_BASELINE, "adopted release 0.1 schema");
      }
      case VERSIONED -> {
        // Flyway takes it from its history.
      }
    }
    MigrateResult result = flyway(dataSource, vendor, EMPTY_BASELINE, "").migrate();
    String version = result.targetSchemaVersion;
    if (version == null) {
      version = result.initialSchemaVersion;
    }
    LOG.info(
        "Database schema ("
            + vendor
            + ") at version "
            + version
            + ": "
            + result.migrationsExecuted
            + " migration(s) applied");
    return version;
  }

  /**
   * Starts the history at {@code version}. Two nodes of a fresh cluster may race here: the loser
   * finds the winner's history and goes on.
   */
  private static void baseline(
      DataSource dataSource, String vendor, String version, String description) {
    try {
      flyway(dataSource, vendor, version, description).baseline();
    } catch (FlywayException e) {
      if (!hasHistory(dataSource)) {
        throw e;
      }
      LOG.info("Another node started the migration history first: " + e.getMessage());
    }
  }

  private static boolean hasHistory(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return SchemaState.of(tables(connection)) == SchemaState.VERSIONED;
    } catch (SQLException e) {
      return false;
    }
  }

  private static Flyway flyway(
      DataSource dataSource, String vendor, String baselineVersion, String baselineDescription) {
    return Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration/" + vendor)
        .failOnMissingLocations(true)
        .validateMigrationNaming(true)
        .baselineVersion(baselineVersion)
        .baselineDescription(baselineDescription.isEmpty() ? "baseline" : baselineDescription)
        // Never drop a production schema from the application.
        .cleanDisabled(true)
        .load();
  }

  /** The migrations folder of the database behind {@code metadata}: h2 or postgresql. */
  static String vendor(DatabaseMetaData metadata) throws SQLException {
    String product = metadata.getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return "h2";
    }
    if (product.contains("postgresql")) {
      return "postgresql";
    }
    throw new IllegalStateException(
        "no migrations for " + metadata.getDatabaseProductName() + ": H2 and PostgreSQL only");
  }

  /** The tables of the connection's current schema. */
  private static Set<String> tables(Connection connection) throws SQLException {
    Set<String> names = new HashSet<>();
    try (ResultSet rows =
        connection
            .getMetaData()
            .getTables(
                connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME"));
      }
    }
    return names;
  }
}
