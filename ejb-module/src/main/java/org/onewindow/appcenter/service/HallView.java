package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.util.Locale;
import org.onewindow.appcenter.domain.Hall;
import org.onewindow.appcenter.domain.HallLevel;
import org.onewindow.common.Localized;

/** A hall apps may be published to. */
public record HallView(long id, String code, String name, String level, String levelLabel)
    implements Serializable, Localized<HallView> {

  static HallView of(Hall hall) {
    return new HallView(
        hall.getId(),
        hall.getCode(),
        hall.getName(),
        hall.getLevel().name(),
        hall.getLevel().label());
  }

  /** The same view with its labels in {@code locale}'s language. */
  @Override
  public HallView in(Locale locale) {
    return new HallView(id, code, name, level, HallLevel.valueOf(level).label(locale));
  }
}
