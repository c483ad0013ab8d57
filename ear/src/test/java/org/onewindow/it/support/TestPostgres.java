package org.onewindow.it.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL of the PostgreSQL run: 127.0.0.1:5432, database {@code test}, and a schema of the
 * suite's own ({@code it.pg.schema}), so the tests never touch the tables of a platform run against
 * the same database.
 */
final class TestPostgres {

  private static final String HOST = "127.0.0.1";
  private static final int PORT = 5432;
  private static final String URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/test";
  private static final String SCHEMA = System.getProperty("it.pg.schema", "onewindow_it");

  private TestPostgres() {}

  static String address() {
    return HOST + ":" + PORT;
  }

  static boolean reachable() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(HOST, PORT), 2000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A connection to the suite's schema, as the servers of the cluster and PostgreSQL runs see it:
   * for tests that count what the platform stored, or prepare rows the way the platform writes
   * them.
   */
  static Connection connect() throws SQLException {
    return DriverManager.getConnection(serverUrl(), "postgres", "");
  }

  /** The JDBC address the server under test uses: the suite's schema first on its search path. */
  static String serverUrl() {
    return URL + "?currentSchema=" + SCHEMA;
  }

  /**
   * Drops the suite's schema with everything in it and creates it empty: every PostgreSQL run
   * starts from an empty database, as the H2 run does from a fresh data directory.
   */
  static void resetSchema() {
    // DROP ... CASCADE takes a name, not a parameter: only a schema named as the suite's own.
    if (!SCHEMA.matches("onewindow_it[a-z0-9_]*")) {
      throw new IllegalStateException(
          "it.pg.schema=" + SCHEMA + " is not a test schema (onewindow_it…): not dropping it");
    }
    try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
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
      throw new IllegalStateException("cannot reset schema " + SCHEMA + " in " + URL, e);
    }
  }
}
