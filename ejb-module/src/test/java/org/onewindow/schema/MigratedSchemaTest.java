package org.onewindow.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;

/**
 * The migrated schema is the one the entity model needs, on H2 and on PostgreSQL: Hibernate's own
 * schema validation ({@code hbm2ddl.auto=validate}, as persistence.xml has it) passes after the
 * migrations, and the migrated schema has the very shape release 0.1's {@code hbm2ddl update} gives
 * the same entities (columns, types, nullability, keys, indexes, foreign keys). A new entity field
 * without its migration fails here, not in a deployment.
 */
class MigratedSchemaTest {

  @Test
  void onH2TheEntitiesValidateAgainstTheMigratedSchema() throws SQLException {
    DataSource database = TestDatabases.h2();
    try (SessionFactory platform = EntityModel.sessionFactory(database, "validate")) {
      assertEquals(CurrentSchema.historyFromEmpty(), MigrationHistory.of(database));
    }
  }

  @Test
  void onPostgresqlTheEntitiesValidateAgainstTheMigratedSchema() throws SQLException {
    TestDatabases.assumePostgresql();
    String schema = TestDatabases.newSchemaName("migrated");
    try {
      DataSource database = TestDatabases.postgresql(schema);
      try (SessionFactory platform = EntityModel.sessionFactory(database, "validate")) {
        assertEquals(CurrentSchema.historyFromEmpty(), MigrationHistory.of(database));
      }
    } finally {
      TestDatabases.dropSchema(schema);
    }
  }

  @Test
  void onH2TheMigratedSchemaHasTheShapeHbm2ddlUpdateGivesTheEntities() throws SQLException {
    DataSource migrated = TestDatabases.h2();
    SchemaMigrations.migrate(migrated);
    DataSource created = TestDatabases.h2();
    createdByHibernate(created);
    // H2 names unnamed constraints itself (CONSTRAINT_4A): compare without names.
    assertSameShape(SchemaShape.of(created, false), SchemaShape.of(migrated, false));
  }

  @Test
  void onPostgresqlTheMigratedSchemaHasTheShapeAndNamesHbm2ddlUpdateGivesTheEntities()
      throws SQLException {
    TestDatabases.assumePostgresql();
    String migratedSchema = TestDatabases.newSchemaName("migrated");
    String createdSchema = TestDatabases.newSchemaName("created");
    try {
      DataSource migrated = TestDatabases.postgresql(migratedSchema);
      SchemaMigrations.migrate(migrated);
      DataSource created = TestDatabases.postgresql(createdSchema);
      createdByHibernate(created);
      // V1 names every constraint as PostgreSQL does when left unnamed: the names match too.
      assertSameShape(SchemaShape.of(created, true), SchemaShape.of(migrated, true));
    } finally {
      TestDatabases.dropSchema(migratedSchema);
      TestDatabases.dropSchema(createdSchema);
    }
  }

  @Test
  void aColumnTheEntitiesNeedButTheSchemaLacksFailsTheValidation() throws SQLException {
    DataSource database = TestDatabases.h2();
    SchemaMigrations.migrate(database);
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("alter table ow_hall drop column name");
    }
    assertThrows(
        SchemaManagementException.class, () -> EntityModel.sessionFactory(database, "validate"));
  }

  private static void assertSameShape(List<String> created, List<String> migrated) {
    List<String> missing = new ArrayList<>(created);
    missing.removeAll(migrated);
    List<String> extra = new ArrayList<>(migrated);
    extra.removeAll(created);
    assertEquals(
        created,
        migrated,
        "hbm2ddl has but the migrations lack: " + missing + "; the migrations add: " + extra);
  }

  /**
   * The schema release 0.1 made: {@code hbm2ddl update} (its default) on an empty database, no
   * migrations. ({@code create} would order two-column primary keys differently.)
   */
  private static void createdByHibernate(DataSource database) {
    try (SessionFactory release =
        EntityModel.sessionFactory(
            database, "update", Map.of(MigrateBeforeHibernate.SETTING, "skip"))) {
      // Created while the factory was built.
    }
  }
}
