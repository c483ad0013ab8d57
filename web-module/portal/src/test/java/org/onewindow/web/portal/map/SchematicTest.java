package org.onewindow.web.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The service map's schematic (000 8.1.2 i): the frame holds every place; cells tile the frame. */
class SchematicTest {

  @Test
  void everyPlaceLandsInsideTheViewBox() {
    List<DivisionSeats.Seat> seats = DivisionSeats.in("110000");
    assertEquals(16, seats.size(), "Beijing's 16 districts");
    List<double[]> places =
        seats.stream().map(s -> new double[] {s.latitude(), s.longitude()}).toList();
    Schematic map = new Schematic(places, seats, code -> code);
    for (double[] p : places) {
      Schematic.Point at = map.project(p[0], p[1]);
      assertTrue(at.x() >= 0 && at.x() <= Schematic.WIDTH, at.toString());
      assertTrue(at.y() >= 0 && at.y() <= Schematic.HEIGHT, at.toString());
    }
    // North is up and east is right: Yanqing (north-west) above and left of Tongzhou (east).
    Schematic.Point yanqing = map.project(40.457, 115.975);
    Schematic.Point tongzhou = map.project(39.909, 116.657);
    assertTrue(yanqing.y() < tongzhou.y() && yanqing.x() < tongzhou.x());
  }

  @Test
  void theCellsTileTheFrameAndEachHoldsItsSeat() {
    List<DivisionSeats.Seat> seats = DivisionSeats.in("440300");
    List<double[]> places =
        seats.stream().map(s -> new double[] {s.latitude(), s.longitude()}).toList();
    Schematic map = new Schematic(places, seats, code -> "name-" + code);
    assertEquals(seats.size(), map.cells().size());
    double total = 0;
    for (Schematic.Cell cell : map.cells()) {
      total += area(cell.points());
      assertTrue(cell.name().startsWith("name-"));
    }
    assertEquals((double) Schematic.WIDTH * Schematic.HEIGHT, total, 50);
  }

  @Test
  void aBisectorKeepsTheSitesHalf() {
    List<Schematic.Point> square =
        List.of(
            new Schematic.Point(0, 0),
            new Schematic.Point(10, 0),
            new Schematic.Point(10, 10),
            new Schematic.Point(0, 10));
    List<Schematic.Point> left =
        Schematic.clip(square, new Schematic.Point(2, 5), new Schematic.Point(8, 5));
    assertEquals(4, left.size());
    assertTrue(left.stream().allMatch(p -> p.x() <= 5 + 1e-9));
  }

  @Test
  void areasAreCitiesOrWholeMunicipalities() {
    assertEquals("110000", MapArea.of("110108"));
    assertEquals("330100", MapArea.of("330106"));
    assertEquals("330000", MapArea.of("330000"));
    assertTrue(MapArea.contains("330100", "330106"));
    assertTrue(!MapArea.contains("330100", "330200"));
  }

  /** The shoelace formula over SVG points "x,y x,y …". */
  private static double area(String points) {
    String[] pairs = points.split(" ");
    double sum = 0;
    for (int i = 0; i < pairs.length; i++) {
      String[] a = pairs[i].split(",");
      String[] b = pairs[(i + 1) % pairs.length].split(",");
      sum +=
          Double.parseDouble(a[0]) * Double.parseDouble(b[1])
              - Double.parseDouble(b[0]) * Double.parseDouble(a[1]);
    }
    return Math.abs(sum) / 2;
  }
}
