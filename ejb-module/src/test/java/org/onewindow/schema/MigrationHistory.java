package org.onewindow.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Flyway's history as the tests read it: "version type" per versioned row, in the order applied.
 */
final class MigrationHistory {

  private MigrationHistory() {}

  static List<String> of(DataSource dataSource) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "select \"version\", \"type\", \"success\" from \"flyway_schema_history\""
                    + " order by \"installed_rank\"")) {
      while (result.next()) {
        if (result.getString(1) == null) {
          continue; // Flyway's own marker row ("TABLE": it created its history table)
        }
        rows.add(
            result.getString(1)
                + " "
                + result.getString(2)
                + (result.getBoolean(3) ? "" : " FAILED"));
      }
    }
    return rows;
  }
}
