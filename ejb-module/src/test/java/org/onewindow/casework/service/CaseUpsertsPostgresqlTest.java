package org.onewindow.casework.service;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@link CaseUpsertsTest} on PostgreSQL ({@code insert … on conflict}), in a schema of its own in
 * the PostgreSQL of these machines (127.0.0.1:5432, database {@code test}); skipped where none
 * answers.
 */
class CaseUpsertsPostgresqlTest extends CaseUpsertsTest {

  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private String schema;

  @Override
  DataSource emptyDatabase() {
    Assumptions.assumeTrue(reachable(), "PostgreSQL not reachable on 127.0.0.1:5432: skipped");
    schema = "onewindow_cases_" + UUID.randomUUID().toString().substring(0, 8);
    execute("create schema " + schema);
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(URL + "?currentSchema=" + schema);
    dataSource.setUser("postgres");
    return dataSource;
  }

  @Override
  void dropDatabase() {
    if (schema != null) {
      execute("drop schema if exists " + schema + " cascade");
    }
  }

  private static boolean reachable() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 5432), 2000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
