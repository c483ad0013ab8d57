package org.onewindow.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** How the migrations treat the databases they meet (on H2; the rule is the same on PostgreSQL). */
class SchemaMigrationsTest {

  @Test
  void anEmptyDatabaseGetsVersionOneAfterAnEmptyBaseline() throws SQLException {
    DataSource database = TestDatabases.h2();
    assertEquals(CurrentSchema.version(), SchemaMigrations.migrate(database));
    assertEquals(CurrentSchema.historyFromEmpty(), MigrationHistory.of(database));
    try (Connection connection = database.getConnection()) {
      assertEquals(
          CurrentSchema.TABLES,
          SchemaShape.tables(connection.getMetaData(), null, "PUBLIC").size());
    }
  }

  @Test
  void theJobRepositorysTablesDoNotMakeADatabaseOneToAdopt() throws SQLException {
    DataSource database = TestDatabases.h2();
    execute(database, "create table JOB_INSTANCE (JOBINSTANCEID bigint primary key)");
    execute(database, "insert into JOB_INSTANCE values (7)");
    assertEquals(CurrentSchema.version(), SchemaMigrations.migrate(database));
    assertEquals(CurrentSchema.historyFromEmpty(), MigrationHistory.of(database));
    assertEquals(1, count(database, "JOB_INSTANCE"));
  }

  @Test
  void migratingAgainChangesNothing() throws SQLException {
    DataSource database = TestDatabases.h2();
    SchemaMigrations.migrate(database);
    execute(
        database,
        "insert into ow_hall (code, level, name) values ('national', 'NATIONAL', '国家政务服务平台')");
    assertEquals(CurrentSchema.version(), SchemaMigrations.migrate(database));
    assertEquals(CurrentSchema.historyFromEmpty(), MigrationHistory.of(database));
    assertEquals(1, count(database, "ow_hall"));
  }

  @Test
  void aDatabaseWithOnlySomeOfThePlatformsTablesIsRefusedAndLeftAsItWas() throws SQLException {
    DataSource database = TestDatabases.h2();
    execute(database, "create table ow_access_unit (id bigint primary key)");
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> SchemaMigrations.migrate(database));
    assertTrue(refused.getMessage().contains("ow_app_binding"), refused.getMessage());
    try (Connection connection = database.getConnection()) {
      assertEquals(
          List.of("OW_ACCESS_UNIT"), SchemaShape.tables(connection.getMetaData(), null, "PUBLIC"));
    }
    assertEquals(
        0,
        count(
            database,
            "information_schema.tables where table_name = '" + SchemaState.HISTORY_TABLE + "'"));
  }

  private static void execute(DataSource database, String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long count(DataSource database, String table) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("select count(*) from " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
