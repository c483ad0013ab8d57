package org.onewindow.appcenter.service;

import java.io.Serializable;
import org.onewindow.appcenter.domain.Hall;

/** A hall apps may be published to. */
public record HallView(long id, String code, String name, String level, String levelLabel)
    implements Serializable {

  static HallView of(Hall hall) {
    return new HallView(
        hall.getId(),
        hall.getCode(),
        hall.getName(),
        hall.getLevel().name(),
        hall.getLevel().label());
  }
}
