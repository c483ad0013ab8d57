package org.onewindow.matter.service;

import java.util.List;
import org.onewindow.matter.domain.HallMatter;
import org.onewindow.matter.domain.ServiceHall;
import org.onewindow.region.Divisions;

/**
 * A service hall as the service map shows it (000 8.1.2 i): public facts only — a hall is a public
 * office, its address and telephone are published for everyone. Coordinates in WGS-84 degrees.
 */
public record ServiceHallView(
    String code,
    String name,
    String address,
    String openingHours,
    String phone,
    double latitude,
    double longitude,
    String divisionCode,
    String divisionName,
    String ownerUnit,
    List<HallMatterView> matters) {

  public ServiceHallView {
    matters = List.copyOf(matters);
  }

  static ServiceHallView of(ServiceHall hall) {
    return new ServiceHallView(
        hall.getCode(),
        hall.getName(),
        hall.getAddress(),
        hall.getOpeningHours(),
        hall.getPhone(),
        hall.getLocation().latitude(),
        hall.getLocation().longitude(),
        hall.getDivisionCode(),
        Divisions.table().nameOf(hall.getDivisionCode()).orElse(""),
        hall.getOwnerUnit(),
        hall.getMatters().stream().map(HallMatterView::of).toList());
  }

  /** Whether the hall handles the matter coded {@code code}. */
  public boolean handles(String code) {
    return matters.stream().anyMatch(m -> m.code().equals(code));
  }

  /** A matter a hall handles: its code and name. */
  public record HallMatterView(String code, String name) {
    static HallMatterView of(HallMatter matter) {
      return new HallMatterView(matter.getCode(), matter.getName());
    }
  }
}
