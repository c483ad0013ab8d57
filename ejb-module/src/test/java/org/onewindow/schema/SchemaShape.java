package org.onewindow.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What JDBC metadata tells of a schema, one sorted line per fact: tables, columns (type, size,
 * nullability, default, identity), primary keys, indexes and unique constraints, foreign keys.
 * Flyway's history table is left out. With {@code names}, index and constraint names count too.
 */
final class SchemaShape {

  private SchemaShape() {}

  static List<String> of(DataSource dataSource, boolean names) throws SQLException {
    List<String> facts = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      String catalog = connection.getCatalog();
      String schema = connection.getSchema();
      for (String table : tables(metadata, catalog, schema)) {
        String t = lower(table);
        try (ResultSet rows = metadata.getColumns(catalog, schema, table, "%")) {
          while (rows.next()) {
            String type = lower(rows.getString("TYPE_NAME"));
            facts.add(
                t
                    + " column "
                    + lower(rows.getString("COLUMN_NAME"))
                    + " "
                    + type
                    + (type.contains("char") ? "(" + rows.getInt("COLUMN_SIZE") + ")" : "")
                    + " nullable="
                    + rows.getString("IS_NULLABLE")
                    + " identity="
                    + rows.getString("IS_AUTOINCREMENT")
                    + " default="
                    + (type.contains("enum") ? "" : rows.getString("COLUMN_DEF")));
          }
        }
        Map<Integer, String> key = new TreeMap<>();
        String keyName = "";
        try (ResultSet rows = metadata.getPrimaryKeys(catalog, schema, table)) {
          while (rows.next()) {
            key.put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
            keyName = lower(rows.getString("PK_NAME"));
          }
        }
        facts.add(t + " primary key " + key.values() + (names ? " " + keyName : ""));
        Map<String, List<String>> indexes = new TreeMap<>();
        try (ResultSet rows = metadata.getIndexInfo(catalog, schema, table, false, false)) {
          while (rows.next()) {
            if (rows.getString("INDEX_NAME") == null) {
              continue;
            }
            String index =
                (rows.getBoolean("NON_UNIQUE") ? "index " : "unique ")
                    + lower(rows.getString("INDEX_NAME"));
            indexes
                .computeIfAbsent(index, i -> new ArrayList<>())
                .add(lower(rows.getString("COLUMN_NAME")));
          }
        }
        indexes.forEach(
            (index, columns) ->
                facts.add(
                    t
                        + " "
                        + (names ? index : index.substring(0, index.indexOf(' ')))
                        + " "
                        + columns));
        try (ResultSet rows = metadata.getImportedKeys(catalog, schema, table)) {
          while (rows.next()) {
            facts.add(
                t
                    + " foreign key "
                    + lower(rows.getString("FKCOLUMN_NAME"))
                    + " -> "
                    + lower(rows.getString("PKTABLE_NAME"))
                    + "."
                    + lower(rows.getString("PKCOLUMN_NAME"))
                    + (names ? " " + lower(rows.getString("FK_NAME")) : ""));
          }
        }
      }
    }
    facts.sort(null);
    return facts;
  }

  /** The schema's tables but Flyway's history. */
  static List<String> tables(DatabaseMetaData metadata, String catalog, String schema)
      throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows = metadata.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String table = rows.getString("TABLE_NAME");
        if (!lower(table).equals(SchemaState.HISTORY_TABLE)) {
          tables.add(table);
        }
      }
    }
    tables.sort(null);
    return tables;
  }

  private static String lower(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT);
  }
}
