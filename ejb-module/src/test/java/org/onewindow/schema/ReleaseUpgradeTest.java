package org.onewindow.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * A database made by release 0.1 ({@code hbm2ddl update}, data in every table, no migration
 * history), loaded from the checked-in dumps of src/test/resources/db/release-0.1 (README there),
 * is adopted and migrated by this build, validates against its entities, and still holds every row:
 * the same values in the columns it had, and as many entities through Hibernate as rows.
 */
class ReleaseUpgradeTest {

  @Test
  void anH2DatabaseOfRelease01KeepsEveryRow() throws Exception {
    DataSource database = TestDatabases.h2();
    Path dump = Files.createTempFile("release-0.1-h2", ".sql");
    try {
      Files.writeString(dump, SqlScript.resource("/db/release-0.1/h2.sql"), StandardCharsets.UTF_8);
      execute(database, "RUNSCRIPT FROM '" + dump + "' CHARSET 'UTF-8'");
    } finally {
      Files.delete(dump);
    }
    upgradesKeepingEveryRow(database);
  }

  @Test
  void aPostgresqlDatabaseOfRelease01KeepsEveryRow() throws Exception {
    TestDatabases.assumePostgresql();
    String schema = TestDatabases.newSchemaName("release");
    try {
      String dump =
          SqlScript.resource("/db/release-0.1/postgresql.sql")
              .replace(ReleaseDumpMaker.PG_SCHEMA, schema);
      try (Connection connection =
              java.sql.DriverManager.getConnection(
                  TestDatabases.PG_URL, TestDatabases.PG_USER, "");
          Statement statement = connection.createStatement()) {
        connection.setAutoCommit(false);
        for (String sql : SqlScript.statements(dump)) {
          statement.execute(sql);
        }
        connection.commit();
      }
      upgradesKeepingEveryRow(TestDatabases.postgresqlIn(schema));
    } finally {
      TestDatabases.dropSchema(schema);
    }
  }

  private static void upgradesKeepingEveryRow(DataSource database) throws SQLException {
    Map<String, Table> before = rows(database, null);
    before.forEach(
        (table, rows) -> assertFalse(rows.rows().isEmpty(), table + " has no row in the dump"));
    assertEquals(SchemaState.RELEASE_0_1_TABLES, List.copyOf(before.keySet()));

    try (SessionFactory platform = EntityModel.sessionFactory(database, "validate")) {
      assertEquals("1 BASELINE", MigrationHistory.of(database).get(0));
      assertEquals(before, rows(database, before));
      // In a transaction, as in the container: PostgreSQL reads large objects only inside one.
      try (Session session = platform.openSession()) {
        session.beginTransaction();
        for (Class<?> entity : EntityModel.entityClasses()) {
          String table = entity.getAnnotation(jakarta.persistence.Table.class).name();
          List<?> loaded =
              session.createSelectionQuery("from " + entity.getName(), entity).getResultList();
          // A table added after release 0.1 starts empty, but for the rows its migration writes.
          int expected =
              before.containsKey(table)
                  ? before.get(table).rows().size()
                  : SEEDED_BY_MIGRATIONS.getOrDefault(table, 0);
          if (table.equals("ow_app_user_fields")) {
            // V14 gives every app of the release its (empty) choice of user fields.
            expected = before.get("ow_app").rows().size();
          }
          assertEquals(expected, loaded.size(), entity.getSimpleName() + " rows");
        }
      }
    }
  }

  /**
   * Tables added after release 0.1 whose migration writes rows: V5's two feed counters; V11's two
   * search counters and starting search lexicon (portal search).
   */
  private static final Map<String, Integer> SEEDED_BY_MIGRATIONS =
      Map.of("ow_matter_feed", 2, "ow_search_counter", 2, "ow_search_word", 11);

  /** A table's rows as text, sorted, over the given columns. */
  record Table(List<String> columns, List<String> rows) {}

  /**
   * Every release 0.1 table's rows; with {@code columns}, over those tables' columns only (later
   * migrations may add columns, never lose a value).
   */
  private static Map<String, Table> rows(DataSource database, Map<String, Table> columns)
      throws SQLException {
    Map<String, Table> tables = new TreeMap<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : SchemaState.RELEASE_0_1_TABLES) {
        String select = columns == null ? "*" : String.join(", ", columns.get(table).columns());
        try (ResultSet result = statement.executeQuery("select " + select + " from " + table)) {
          ResultSetMetaData metadata = result.getMetaData();
          List<String> names = new ArrayList<>();
          for (int i = 1; i <= metadata.getColumnCount(); i++) {
            names.add(metadata.getColumnName(i).toLowerCase(Locale.ROOT));
          }
          List<String> rows = new ArrayList<>();
          while (result.next()) {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= names.size(); i++) {
              values.add(result.getString(i));
            }
            rows.add(String.join(" | ", values));
          }
          rows.sort(null);
          tables.put(table, new Table(names, rows));
        }
      }
    }
    return tables;
  }

  private static void execute(DataSource database, String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
