package org.onewindow.web.api.matter;

import java.util.List;
import org.onewindow.matter.service.HallDraft;
import org.onewindow.matter.service.ServiceHallView;

/**
 * A hall as an administrator sends it: {@code code} and {@code ownerUnit} when registering (the
 * unit blank: the caller's own), every other fact each time; coordinates in WGS-84 degrees.
 */
public record HallRequest(
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

  HallDraft draft() {
    return new HallDraft(
        code,
        ownerUnit,
        name,
        address,
        openingHours,
        phone,
        latitude,
        longitude,
        divisionCode,
        matters);
  }
}
