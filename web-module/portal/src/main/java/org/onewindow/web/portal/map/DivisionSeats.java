package org.onewindow.web.portal.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The seats of divisions the schematic draws cells around: {@code division-seats.tsv}, read once.
 */
public final class DivisionSeats {

  static final String RESOURCE = "/org/onewindow/web/portal/map/division-seats.tsv";

  private static final List<Seat> SEATS = read();

  private DivisionSeats() {}

  /** A division's seat, WGS-84 degrees. */
  public record Seat(String code, double latitude, double longitude) {}

  /** The seats of the divisions inside {@code area}, county level only. */
  public static List<Seat> in(String area) {
    return SEATS.stream()
        .filter(s -> MapArea.contains(area, s.code()) && !s.code().endsWith("00"))
        .toList();
  }

  private static List<Seat> read() {
    InputStream in = DivisionSeats.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing " + RESOURCE);
    }
    List<Seat> seats = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        seats.add(
            new Seat(fields[0], Double.parseDouble(fields[1]), Double.parseDouble(fields[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(seats);
  }
}
