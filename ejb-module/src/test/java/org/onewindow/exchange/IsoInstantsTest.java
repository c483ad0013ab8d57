package org.onewindow.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-read times accept and refuse exactly what {@link OffsetDateTime#parse} does. */
class IsoInstantsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-05T10:15:30Z",
        "2024-03-05T10:15:30.1Z",
        "2024-03-05T10:15:30.123456789Z",
        "2024-03-05T10:15:30+08:00",
        "2024-03-05T10:15:30.5-05:30",
        "2024-02-29T23:59:59+14:00",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z",
        // left to the full parser, still accepted:
        "2024-03-05t10:15:30z",
        "2024-03-05T10:15Z",
        "2024-03-05T10:15:30+18:00",
        "2024-03-05T10:15:30+08:00:00",
        "2024-03-05T10:15:30.Z"
      })
  void readsWhatTheIsoParserReads(String text) {
    assertEquals(OffsetDateTime.parse(text).toInstant(), IsoInstants.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-30T10:15:30Z",
        "2023-02-29T10:15:30Z",
        "2024-13-05T10:15:30Z",
        "2024-03-05T24:00:00Z",
        "2024-03-05T10:60:30Z",
        "2024-03-05T10:15:60Z",
        "2024-03-05T10:15:30",
        "2024-03-05T10:15:30+0800",
        "2024-03-05T10:15:30.1234567890Z",
        "2024-03-05T10:15:30+08:60",
        "2024-03-05T10:15:30+19:00",
        "2024-03-05T10:15:30ZZ",
        "2024-03-05 10:15:30Z",
        "２０２４-03-05T10:15:30Z",
        "2024-03-05T10:15:30Z ",
        ""
      })
  void refusesWhatTheIsoParserRefuses(String text) {
    assertThrows(DateTimeParseException.class, () -> OffsetDateTime.parse(text));
    assertThrows(DateTimeParseException.class, () -> IsoInstants.parse(text));
  }

  @Test
  void agreesOnManyRandomTimes() {
    SplittableRandom random = new SplittableRandom(19);
    for (int i = 0; i < 10_000; i++) {
      Instant instant =
          Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 200_000_000_000L))
              .plusNanos(random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0);
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(60 * random.nextInt(-17 * 60, 17 * 60 + 1));
      for (String text :
          new String[] {instant.toString(), OffsetDateTime.ofInstant(instant, offset).toString()}) {
        assertEquals(OffsetDateTime.parse(text).toInstant(), IsoInstants.parse(text), text);
      }
    }
  }
}
