package org.onewindow.web.portal.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The schematic of one area: an equirectangular projection of WGS-84 degrees (longitude scaled by
 * the cosine of the middle latitude, so shapes are right near the area's centre) fitted into a
 * {@value #WIDTH}×{@value #HEIGHT} SVG view box; a Voronoi cell around each division's seat, cut
 * from the frame by the perpendicular bisectors to every other seat (Sutherland–Hodgman); and the
 * markers of the halls. Plain numbers: the page writes the SVG, escaping what it writes.
 */
public final class Schematic {

  public static final int WIDTH = 640;
  public static final int HEIGHT = 520;
  private static final double MARGIN = 36;

  private final double west;
  private final double north;
  private final double cos;
  private final double scale;
  private final double offsetX;
  private final double offsetY;
  private final List<Cell> cells;

  /** A point of the view box. */
  public record Point(double x, double y) {
    /** As an SVG coordinate pair, one decimal. */
    public String svg() {
      return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }
  }

  /**
   * A division's cell: its polygon's points for SVG, where its label goes, and whether the cell is
   * large enough to hold a label without covering its neighbours' (a small one is named by its SVG
   * title, on hover and to a screen reader).
   */
  public record Cell(String code, String name, String points, Point label, boolean labelled) {}

  /** The least area, in view-box units, of a cell whose name is written on the map. */
  static final double LABELLED_AREA = 4000;

  /**
   * A schematic framing every place given.
   *
   * @param places latitude-longitude pairs the frame must hold (seats, halls, the person)
   * @param seats the seats to draw cells around
   * @param names a division's name by its code
   */
  public Schematic(
      List<double[]> places, List<DivisionSeats.Seat> seats, Function<String, String> names) {
    double south = Double.MAX_VALUE;
    double northmost = -Double.MAX_VALUE;
    double westmost = Double.MAX_VALUE;
    double east = -Double.MAX_VALUE;
    for (double[] p : places) {
      south = Math.min(south, p[0]);
      northmost = Math.max(northmost, p[0]);
      westmost = Math.min(westmost, p[1]);
      east = Math.max(east, p[1]);
    }
    if (places.isEmpty()) {
      south = 0;
      northmost = 0;
      westmost = 0;
      east = 0;
    }
    // A single place, or all on one line, still gets a frame of about 2 km.
    double pad = 0.01;
    south -= pad;
    northmost += pad;
    westmost -= pad;
    east += pad;
    this.west = westmost;
    this.north = northmost;
    this.cos = Math.cos(Math.toRadians((south + northmost) / 2));
    double spanX = (east - westmost) * cos;
    double spanY = northmost - south;
    this.scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
    this.offsetX = (WIDTH - spanX * scale) / 2;
    this.offsetY = (HEIGHT - spanY * scale) / 2;
    this.cells = cells(seats, names);
  }

  /** Where a place lands in the view box. */
  public Point project(double latitude, double longitude) {
    return new Point(
        offsetX + (longitude - west) * cos * scale, offsetY + (north - latitude) * scale);
  }

  public List<Cell> cells() {
    return cells;
  }

  private List<Cell> cells(List<DivisionSeats.Seat> seats, Function<String, String> names) {
    List<Point> sites = seats.stream().map(s -> project(s.latitude(), s.longitude())).toList();
    List<Cell> drawn = new ArrayList<>();
    for (int i = 0; i < sites.size(); i++) {
      List<Point> polygon =
          new ArrayList<>(
              List.of(
                  new Point(0, 0),
                  new Point(WIDTH, 0),
                  new Point(WIDTH, HEIGHT),
                  new Point(0, HEIGHT)));
      for (int j = 0; j < sites.size() && !polygon.isEmpty(); j++) {
        if (j != i) {
          polygon = clip(polygon, sites.get(i), sites.get(j));
        }
      }
      if (polygon.size() >= 3) {
        String points = String.join(" ", polygon.stream().map(Point::svg).toList());
        String code = seats.get(i).code();
        drawn.add(
            new Cell(
                code,
                Optional.ofNullable(names.apply(code)).orElse(code),
                points,
                sites.get(i),
                area(polygon) >= LABELLED_AREA));
      }
    }
    return List.copyOf(drawn);
  }

  /** A simple polygon's area, by the shoelace formula. */
  static double area(List<Point> polygon) {
    double sum = 0;
    for (int k = 0; k < polygon.size(); k++) {
      Point p = polygon.get(k);
      Point q = polygon.get((k + 1) % polygon.size());
      sum += p.x() * q.y() - q.x() * p.y();
    }
    return Math.abs(sum) / 2;
  }

  /**
   * The part of {@code polygon} nearer to {@code site} than to {@code other}: the half-plane
   * (o−s)·p ≤ (|o|²−|s|²)/2, one Sutherland–Hodgman pass.
   */
  static List<Point> clip(List<Point> polygon, Point site, Point other) {
    double a = other.x() - site.x();
    double b = other.y() - site.y();
    double c =
        (other.x() * other.x() + other.y() * other.y() - site.x() * site.x() - site.y() * site.y())
            / 2;
    List<Point> out = new ArrayList<>();
    for (int k = 0; k < polygon.size(); k++) {
      Point p = polygon.get(k);
      Point q = polygon.get((k + 1) % polygon.size());
      double fp = a * p.x() + b * p.y() - c;
      double fq = a * q.x() + b * q.y() - c;
      if (fp <= 0) {
        out.add(p);
      }
      if ((fp < 0 && fq > 0) || (fp > 0 && fq < 0)) {
        double t = fp / (fp - fq);
        out.add(new Point(p.x() + t * (q.x() - p.x()), p.y() + t * (q.y() - p.y())));
      }
    }
    return out;
  }
}
