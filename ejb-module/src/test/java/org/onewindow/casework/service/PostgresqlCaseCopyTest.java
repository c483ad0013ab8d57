package org.onewindow.casework.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The COPY text lines of new cases: escapes, nulls, numbers and times as PostgreSQL reads them. */
class PostgresqlCaseCopyTest {

  @Test
  void aLineHasTabsBetweenColumnsNullAsBackslashNAndEscapesTheFormatsCharacters() {
    Object[] row = {"王建国", null, 42L, "a\\b\tc\nd\re", "C:\\N", -7L, "名称"};

    String line = new String(PostgresqlCaseCopy.line(row), StandardCharsets.UTF_8);

    assertEquals("王建国\t\\N\t42\ta\\\\b\\tc\\nd\\re\tC:\\\\N\t-7\t名称\n", line);
  }

  @Test
  void timesAreWrittenAsInstantToStringWritesThem() {
    Random random = new Random(19);
    for (int i = 0; i < 10_000; i++) {
      Instant instant =
          Instant.ofEpochSecond(
              random.nextLong(-62_000_000_000L, 253_000_000_000L),
              random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
      assertEquals(instant.toString(), written(instant));
    }
    for (String edge :
        new String[] {
          "1970-01-01T00:00:00Z",
          "1969-12-31T23:59:59.999999999Z",
          "2024-02-29T12:00:00.100Z",
          "0000-01-01T00:00:00Z",
          "9999-12-31T23:59:59Z"
        }) {
      assertEquals(Instant.parse(edge).toString(), written(Instant.parse(edge)));
    }
  }

  private static String written(Instant instant) {
    LineBytes line = new LineBytes(4);
    PostgresqlCaseCopy.appendInstant(instant, line);
    return new String(line.toArray(), StandardCharsets.US_ASCII);
  }
}
