package org.onewindow.casework.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL: cases whose key is not kept yet, written with {@code COPY … FROM STDIN} (text format)
 * straight into {@code ow_case} on the caller's connection and transaction. COPY is the server's
 * cheapest way in: no statement per row, no array literals to parse, no plan; the table's key and
 * indexes are kept as for any insert, so a key written meanwhile by another path fails the chunk (a
 * unique violation rolls its transaction back) instead of being overwritten. The rows are sent in
 * blocks as they are made, so the server inserts one block while the next is sealed.
 *
 * <p>Only this class touches the driver's API: on H2 it is never loaded.
 */
final class PostgresqlCaseCopy implements AutoCloseable {

  /** The bytes of rows handed to the server at a time. */
  private static final int BLOCK_BYTES = 64 * 1024;

  private final CopyIn copy;
  private final ByteArrayOutputStream block = new ByteArrayOutputStream(BLOCK_BYTES * 2);
  private boolean ended;

  private PostgresqlCaseCopy(CopyIn copy) {
    this.copy = copy;
  }

  /** Starts the COPY of {@link CaseColumns#WRITTEN} into {@code ow_case}. */
  static PostgresqlCaseCopy start(Connection connection) throws SQLException {
    PGConnection driver = connection.unwrap(PGConnection.class);
    return new PostgresqlCaseCopy(
        driver
            .getCopyAPI()
            .copyIn(
                "copy ow_case ("
                    + String.join(", ", CaseColumns.WRITTEN)
                    + ") from stdin (format text)"));
  }

  /** Adds one row made by {@link #line}; sends a block when one is full. */
  void add(byte[] line) throws SQLException {
    block.writeBytes(line);
    if (block.size() >= BLOCK_BYTES) {
      flush();
    }
  }

  /** Sends what is left and ends the COPY; answers the rows the server took. */
  long end() throws SQLException {
    flush();
    ended = true;
    return copy.endCopy();
  }

  private void flush() throws SQLException {
    if (block.size() > 0) {
      copy.writeToCopy(block.toByteArray(), 0, block.size());
      block.reset();
    }
  }

  /** Cancels a COPY that did not end (the caller's transaction is rolled back by its failure). */
  @Override
  public void close() throws SQLException {
    if (!ended && copy.isActive()) {
      copy.cancelCopy();
    }
  }

  /**
   * One row in COPY's text format, UTF-8: tab between columns, {@code \\N} for null, and a
   * backslash before the characters the format gives a meaning (backslash, tab, newline, carriage
   * return). Written straight to bytes — a value with none of those whole, times and numbers as
   * ASCII digits — as the formatting through a string profiled as a fifth of the sync's Java time.
   */
  static byte[] line(Object[] row) {
    LineBytes line = new LineBytes(768);
    for (int c = 0; c < row.length; c++) {
      if (c > 0) {
        line.add((byte) '\t');
      }
      Object value = row[c];
      if (value == null) {
        line.add((byte) '\\').add((byte) 'N');
      } else if (value instanceof Instant instant) {
        appendInstant(instant, line);
      } else if (value instanceof Long number) {
        line.addAscii(Long.toString(number));
      } else {
        appendEscaped(value.toString(), line);
      }
    }
    return line.add((byte) '\n').toArray();
  }

  private static void appendEscaped(String value, LineBytes line) {
    if (value.indexOf('\\') < 0
        && value.indexOf('\t') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      line.add(value.getBytes(StandardCharsets.UTF_8));
      return;
    }
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        default -> escaped.append(ch);
      }
    }
    line.add(escaped.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An instant as {@code yyyy-MM-ddTHH:mm:ss[.fff[fff[fff]]]Z} (what {@link Instant#toString}
   * writes for years 0 to 9999, and PostgreSQL reads), without a formatter; other years by {@code
   * toString}.
   */
  static void appendInstant(Instant instant, LineBytes line) {
    long seconds = instant.getEpochSecond();
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
    if (date.getYear() < 0 || date.getYear() > 9999) {
      line.addAscii(instant.toString());
      return;
    }
    int ofDay = (int) Math.floorMod(seconds, 86_400);
    line.digits(date.getYear(), 4).add((byte) '-');
    line.digits(date.getMonthValue(), 2).add((byte) '-');
    line.digits(date.getDayOfMonth(), 2).add((byte) 'T');
    line.digits(ofDay / 3600, 2).add((byte) ':');
    line.digits(ofDay / 60 % 60, 2).add((byte) ':');
    line.digits(ofDay % 60, 2);
    int nano = instant.getNano();
    if (nano > 0) { // in groups of three digits, as toString
      line.add((byte) '.');
      if (nano % 1_000_000 == 0) {
        line.digits(nano / 1_000_000, 3);
      } else if (nano % 1000 == 0) {
        line.digits(nano / 1000, 6);
      } else {
        line.digits(nano, 9);
      }
    }
    line.add((byte) 'Z');
  }
}
