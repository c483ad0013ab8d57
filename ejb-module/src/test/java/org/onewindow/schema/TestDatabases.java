package org.onewindow.schema;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Empty databases for the schema tests: a private in-memory H2, or a schema of its own in the
 * PostgreSQL of these machines (127.0.0.1:5432, database {@code test}, trust authentication), which
 * the test drops again. Where no PostgreSQL answers, PostgreSQL tests are skipped with a message.
 */
final class TestDatabases {

  static final String PG_HOST = "127.0.0.1";
  static final int PG_PORT = 5432;
  static final String PG_URL = "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/test";
  static final String PG_USER = "postgres";

  private TestDatabases() {}

  /** A new, empty in-memory H2 database, kept until the JVM ends (H2 2.2, as WildFly ships). */
  static DataSource h2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("sa");
    return dataSource;
  }

  /** Skips the calling test, with a message, when PostgreSQL does not answer on 5432. */
  static void assumePostgresql() {
    boolean reachable;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(PG_HOST, PG_PORT), 2000);
      reachable = true;
    } catch (IOException e) {
      reachable = false;
    }
    if (!reachable) {
      System.out.println(
          "[schema] PostgreSQL not reachable on " + PG_HOST + ":" + PG_PORT + ": test skipped");
    }
    Assumptions.assumeTrue(
        reachable, "PostgreSQL not reachable on " + PG_HOST + ":" + PG_PORT + ": skipped");
  }

  /** A schema name of this test run's own (dropped by {@link #dropSchema}). */
  static String newSchemaName(String purpose) {
    return ("onewindow_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
        .toLowerCase(Locale.ROOT);
  }

  /** Creates {@code schema} in the test database and a datasource whose connections work in it. */
  static DataSource postgresql(String schema) {
    execute("create schema " + schema);
    return postgresqlIn(schema);
  }

  /** A datasource whose connections work in the existing {@code schema}. */
  static DataSource postgresqlIn(String schema) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(PG_URL + "?currentSchema=" + schema);
    dataSource.setUser(PG_USER);
    return dataSource;
  }

  /** Drops {@code schema}, and the large objects its oid columns refer to (database-wide). */
  static void dropSchema(String schema) {
    execute(
        "do $$ declare r record; begin"
            + " for r in select table_name, column_name from information_schema.columns"
            + " where table_schema = '"
            + schema
            + "' and data_type = 'oid' loop"
            + " execute format('select lo_unlink(c) from (select distinct %I as c from %I.%I) l"
            + " where c in (select oid from pg_largeobject_metadata)',"
            + " r.column_name, '"
            + schema
            + "', r.table_name);"
            + " end loop; end $$");
    execute("drop schema if exists " + schema + " cascade");
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
