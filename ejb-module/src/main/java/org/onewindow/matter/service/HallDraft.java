package org.onewindow.matter.service;

import java.util.List;

/**
 * A hall as an administrator writes it, unchecked: {@link ServiceHallService} checks every fact
 * (HallFacts). Coordinates in WGS-84 degrees.
 */
public record HallDraft(
    String code,
    String ownerUnit,
    String name,
    String address,
    String openingHours,
    String phone,
    Double latitude,
    Double longitude,
    String divisionCode,
    List<ServiceHallView.HallMatterView> matters) {

  public HallDraft {
    matters = matters == null ? List.of() : List.copyOf(matters);
  }
}
