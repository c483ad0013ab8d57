package org.onewindow.schema;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;

/**
 * Makes the SQL dump of a release's database for {@link ReleaseUpgradeTest}: the release's own
 * entity model builds the schema the way that release did ({@code hbm2ddl update}, no migrations),
 * {@code rows.sql} fills every table, and the database's own tool writes the dump (H2 {@code
 * SCRIPT}; {@code pg_dump --inserts}). Run it at the release's commit; see
 * src/test/resources/db/release-0.1/README.md. Not a test.
 */
public final class ReleaseDumpMaker {

  /** The schema name the PostgreSQL dump carries; the upgrade test loads it under its own name. */
  static final String PG_SCHEMA = "onewindow_release_0_1";

  private static final Pattern LOB = Pattern.compile("/\\*lob\\*/('(?:[^']|'')*')");

  private ReleaseDumpMaker() {}

  public static void main(String[] args) throws Exception {
    String vendor = args[0];
    Path output = Path.of(args[1]).toAbsolutePath();
    String rows = SqlScript.resource("/db/release-0.1/rows.sql");
    switch (vendor) {
      case "h2" -> h2(rows, output);
      case "postgresql" -> postgresql(rows, output);
      default -> throw new IllegalArgumentException("h2 or postgresql, not " + vendor);
    }
  }

  private static void h2(String rows, Path output) throws Exception {
    Path directory = Files.createTempDirectory("release-dump");
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + directory.resolve("onewindow") + ";DB_CLOSE_ON_EXIT=FALSE");
    dataSource.setUser("sa");
    dataSource.setPassword("sa");
    createAndFill(dataSource, rows.replaceAll("/\\*lob\\*/", ""));
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SCRIPT NOPASSWORDS NOSETTINGS TO '" + output + "' CHARSET 'UTF-8'");
      statement.execute("SHUTDOWN");
    }
  }

  private static void postgresql(String rows, Path output) throws Exception {
    TestDatabases.dropSchema(PG_SCHEMA);
    DataSource dataSource = TestDatabases.postgresql(PG_SCHEMA);
    Matcher lob = LOB.matcher(rows);
    createAndFill(dataSource, lob.replaceAll("lo_from_bytea(0, convert_to($1, 'UTF8'))"));
    Path dump = Files.createTempFile("release-dump", ".sql");
    Process process =
        new ProcessBuilder(
                "pg_dump",
                "-h",
                TestDatabases.PG_HOST,
                "-U",
                TestDatabases.PG_USER,
                "-d",
                "test",
                "--schema=" + PG_SCHEMA,
                "--inserts",
                "--no-owner",
                "--no-privileges",
                "-f",
                dump.toString())
            .inheritIO()
            .start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("pg_dump failed");
    }
    List<String> largeObjects = largeObjects(dataSource);
    String text = Files.readString(dump, StandardCharsets.UTF_8);
    text +=
        "\n--\n-- Large objects the tables refer to (a --schema dump leaves them out): each one"
            + " restored\n-- under a fresh oid, and its reference moved to it.\n--\n\n"
            + String.join("\n", largeObjects)
            + "\n";
    Files.writeString(output, text, StandardCharsets.UTF_8);
    TestDatabases.dropSchema(PG_SCHEMA);
  }

  private static void createAndFill(DataSource dataSource, String rows) throws SQLException {
    try (SessionFactory release =
        EntityModel.sessionFactory(
            dataSource, "update", Map.of(MigrateBeforeHibernate.SETTING, "skip"))) {
      // The release's schema, as its hbm2ddl update made it on an empty database.
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : SqlScript.statements(rows)) {
        statement.execute(sql);
      }
    }
  }

  /** One statement per large object referenced from an oid column of the release's schema. */
  private static List<String> largeObjects(DataSource dataSource) throws SQLException {
    List<String> statements = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "select table_name, column_name from information_schema.columns"
                  + " where table_schema = '"
                  + PG_SCHEMA
                  + "' and data_type = 'oid' order by table_name, column_name")) {
        while (rows.next()) {
          columns.add(new String[] {rows.getString(1), rows.getString(2)});
        }
      }
      for (String[] column : columns) {
        String table = PG_SCHEMA + "." + column[0];
        try (ResultSet rows =
            statement.executeQuery(
                "select distinct "
                    + column[1]
                    + ", lo_get("
                    + column[1]
                    + ") from "
                    + table
                    + " order by 1")) {
          while (rows.next()) {
            statements.add(
                "UPDATE "
                    + table
                    + " SET "
                    + column[1]
                    + " = lo_from_bytea(0, '\\x"
                    + HexFormat.of().formatHex(rows.getBytes(2))
                    + "') WHERE "
                    + column[1]
                    + " = "
                    + rows.getLong(1)
                    + ";");
          }
        }
      }
    }
    return statements;
  }
}
