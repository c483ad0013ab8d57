package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.Instant;
import org.onewindow.appcenter.domain.AccessUnit;

/** A read-only copy of an access unit, safe to hand to JSF views and JSON. */
public record AccessUnitView(
    long id, String name, String divisionCode, Instant createdAt, String createdBy)
    implements Serializable {

  static AccessUnitView of(AccessUnit unit) {
    return new AccessUnitView(
        unit.getId(),
        unit.getName(),
        unit.getDivisionCode(),
        unit.getCreatedAt(),
        unit.getCreatedBy());
  }
}
