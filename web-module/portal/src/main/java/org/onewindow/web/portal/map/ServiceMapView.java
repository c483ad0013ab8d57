package org.onewindow.web.portal.map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.PlatformException;
import org.onewindow.matter.service.NearbyHall;
import org.onewindow.matter.service.ServiceHallService;
import org.onewindow.matter.service.ServiceHallView;
import org.onewindow.region.Divisions;
import org.onewindow.web.portal.LocaleSwitch;

/**
 * The public service map (000 8.1.2 i; issue 20 item 7): the halls of an area on a schematic drawn
 * in the page, with the list beside it, filtered by division and matter; or, given a place (typed,
 * or the browser's position with the person's permission), the halls nearest to it. A GET page:
 * every view is an address that can be shared and bookmarked. The service chooses the halls and
 * measures the distances; this bean lays them out.
 */
@Named
@RequestScoped
public class ServiceMapView {

  /** How many halls a nearest search lists. */
  static final int NEAREST = 5;

  /** A place farther than this from the nearest hall is left off the schematic. */
  private static final double HERE_ON_MAP_METRES = 60_000;

  @EJB private ServiceHallService halls;

  @Inject private LocaleSwitch language;

  private String area = "";
  private String division = "";
  private String matter = "";
  private String lat = "";
  private String lng = "";

  private boolean loaded;
  private String error = "";
  private boolean nearest;
  private List<Option> areas = List.of();
  private List<Option> divisions = List.of();
  private List<Option> matters = List.of();
  private List<Row> rows = List.of();
  private List<Row> markers = List.of();
  private Schematic schematic;
  private Schematic.Point here;

  /** An option of a filter. */
  public record Option(String code, String label) {}

  /** A hall as the list and the map show it. */
  public record Row(
      int number, ServiceHallView hall, long distanceMetres, Schematic.Point position) {

    /** The distance in SI units: metres under a kilometre, else kilometres to one decimal. */
    public String distanceText() {
      return distanceMetres < 1000
          ? distanceMetres + " m"
          : String.format(Locale.ROOT, "%.1f km", distanceMetres / 1000.0);
    }

    public boolean hasDistance() {
      return distanceMetres >= 0;
    }
  }

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    List<ServiceHallView> all = halls.halls("", "");
    areas =
        all.stream()
            .map(h -> MapArea.of(h.divisionCode()))
            .distinct()
            .sorted()
            .map(code -> new Option(code, name(code)))
            .toList();
    matters =
        halls.matters().entrySet().stream()
            .map((Map.Entry<String, String> e) -> new Option(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(Option::label))
            .toList();
    if (areas.stream().noneMatch(a -> a.code().equals(area))) {
      area = ""; // only an area with halls: anything else the address says is ignored
    }
    List<ServiceHallView> shown = List.of();
    List<Long> distances = List.of();
    try {
      Double latitude = degrees("lat", lat, "matter.hall.latitude");
      Double longitude = degrees("lng", lng, "matter.hall.longitude");
      if (latitude != null || longitude != null) {
        nearest = true;
        List<NearbyHall> found = halls.nearest(latitude, longitude, NEAREST, division, matter);
        shown = found.stream().map(NearbyHall::hall).toList();
        distances = found.stream().map(NearbyHall::distanceMetres).toList();
        if (!found.isEmpty()) {
          area = MapArea.of(found.get(0).hall().divisionCode());
          if (found.get(0).distanceMetres() <= HERE_ON_MAP_METRES) {
            here = new Schematic.Point(latitude, longitude); // projected below
          }
        }
      } else {
        if (!division.isEmpty()) {
          area = MapArea.of(Divisions.table().checked("division", division));
        }
        if (area.isEmpty() && !areas.isEmpty()) {
          area = areas.get(0).code();
        }
        shown =
            area.isEmpty() ? List.of() : halls.halls(division.isEmpty() ? area : division, matter);
      }
    } catch (PlatformException e) {
      error = e.message(locale());
    }
    draw(all, shown, distances);
  }

  private void draw(List<ServiceHallView> all, List<ServiceHallView> shown, List<Long> distances) {
    List<ServiceHallView> inArea =
        area.isEmpty()
            ? List.of()
            : all.stream().filter(h -> MapArea.contains(area, h.divisionCode())).toList();
    divisions =
        inArea.stream()
            .map(ServiceHallView::divisionCode)
            .distinct()
            .sorted()
            .map(code -> new Option(code, name(code)))
            .toList();
    List<DivisionSeats.Seat> seats = area.isEmpty() ? List.of() : DivisionSeats.in(area);
    List<double[]> places = new ArrayList<>();
    seats.forEach(s -> places.add(new double[] {s.latitude(), s.longitude()}));
    inArea.forEach(h -> places.add(new double[] {h.latitude(), h.longitude()}));
    if (here != null) {
      places.add(new double[] {here.x(), here.y()});
    }
    schematic = new Schematic(places, seats, this::name);
    if (here != null) {
      here = schematic.project(here.x(), here.y());
    }
    List<Row> listed = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      ServiceHallView hall = shown.get(i);
      listed.add(
          new Row(
              i + 1,
              hall,
              distances.isEmpty() ? -1 : distances.get(i),
              schematic.project(hall.latitude(), hall.longitude())));
    }
    rows = List.copyOf(listed);
    markers =
        rows.stream()
            .filter(r -> !area.isEmpty() && MapArea.contains(area, r.hall().divisionCode()))
            .toList();
  }

  private String name(String code) {
    return Divisions.table().nameOf(code).orElse(code);
  }

  private Locale locale() {
    return language.getLocale();
  }

  private static Double degrees(String field, String text, String key) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      double value = Double.parseDouble(text.strip());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // the same refusal as a number out of range
    }
    throw InvalidInputException.keyed(field, key);
  }

  public List<Option> getAreas() {
    load();
    return areas;
  }

  public List<Option> getDivisions() {
    load();
    return divisions;
  }

  public List<Option> getMatters() {
    load();
    return matters;
  }

  public List<Row> getRows() {
    load();
    return rows;
  }

  public List<Row> getMarkers() {
    load();
    return markers;
  }

  public List<Schematic.Cell> getCells() {
    load();
    return schematic.cells();
  }

  /** The cells large enough to carry their name on the map. */
  public List<Schematic.Cell> getLabelledCells() {
    return getCells().stream().filter(Schematic.Cell::labelled).toList();
  }

  public Schematic.Point getHere() {
    load();
    return here;
  }

  public String getError() {
    load();
    return error;
  }

  public boolean isNearest() {
    load();
    return nearest;
  }

  public String getAreaName() {
    load();
    return area.isEmpty() ? "" : name(area);
  }

  public int getWidth() {
    return Schematic.WIDTH;
  }

  public int getHeight() {
    return Schematic.HEIGHT;
  }

  public String getArea() {
    return area;
  }

  /** The area the map shows, as the area filter shows it: known only once the halls are read. */
  public String getShownArea() {
    load();
    return area;
  }

  public void setArea(String area) {
    this.area = clean(area);
  }

  public String getDivision() {
    return division;
  }

  public void setDivision(String division) {
    this.division = clean(division);
  }

  public String getMatter() {
    return matter;
  }

  public void setMatter(String matter) {
    this.matter = clean(matter);
  }

  public String getLat() {
    return lat;
  }

  public void setLat(String lat) {
    this.lat = clean(lat);
  }

  public String getLng() {
    return lng;
  }

  public void setLng(String lng) {
    this.lng = clean(lng);
  }

  private static String clean(String value) {
    return value == null ? "" : value.strip();
  }
}
