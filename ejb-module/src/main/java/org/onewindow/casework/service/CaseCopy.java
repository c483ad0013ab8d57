package org.onewindow.casework.service;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * PostgreSQL: a chunk's rows sent with {@code COPY} into a temporary staging table, then upserted
 * from it in one {@code insert … select … on conflict}. COPY's text rows are the cheapest form the
 * server reads (no array literals to parse, no casts), so the write costs about what the COPY of
 * the benchmark's baseline costs plus the upsert itself.
 *
 * <p>Needs the driver's own {@link PGConnection} behind the container's wrapper ({@link
 * Connection#unwrap}): the EAR's deployment structure gives the EJB module the {@code
 * org.postgresql} module WildFly's datasource runs on, so the class the wrapper unwraps to is the
 * one this code sees. {@link #available} says whether that is so; where not, the caller keeps to
 * the {@code unnest} statement.
 *
 * <p>The staging table is per session ({@code temporary}) and emptied at every commit ({@code on
 * commit delete rows}), so pooled connections reuse it and concurrent chunks never see each other's
 * rows. A temporary table cannot take part in a two-phase commit: the datasource is a local one.
 */
final class CaseCopy {

  private static final String STAGE = "ow_case_stage";

  private CaseCopy() {}

  /** Whether {@code connection} is (or wraps) a PostgreSQL driver connection this code can use. */
  static boolean available(Connection connection) {
    try {
      return connection.isWrapperFor(PGConnection.class);
    } catch (SQLException | LinkageError e) {
      return false; // the driver's classes not visible here: the unnest statement does it
    }
  }

  /** Writes {@code rows} (values of {@link CaseColumns#WRITTEN}) as {@link CaseColumns} says. */
  static void write(Connection connection, List<Object[]> rows) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CaseColumns.postgresqlStage(STAGE));
    }
    PGConnection driver = connection.unwrap(PGConnection.class);
    try {
      driver
          .getCopyAPI()
          .copyIn(
              "copy " + STAGE + " (" + String.join(", ", CaseColumns.WRITTEN) + ") from stdin",
              text(rows));
    } catch (IOException e) {
      throw new SQLException("the chunk could not be sent to " + STAGE, e);
    }
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(CaseColumns.postgresqlUpsertFrom(STAGE));
      // Emptied now, not only at the commit: a second chunk in one transaction starts afresh.
      statement.executeUpdate("delete from " + STAGE);
    }
  }

  /** COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
  private static Reader text(List<Object[]> rows) {
    StringBuilder text = new StringBuilder(rows.size() * 600);
    for (Object[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          text.append('\t');
        }
        Object value = row[c];
        if (value == null) {
          text.append("\\N");
        } else {
          escape(text, value.toString());
        }
      }
      text.append('\n');
    }
    return new StringReader(text.toString());
  }

  private static void escape(StringBuilder text, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
  }
}
