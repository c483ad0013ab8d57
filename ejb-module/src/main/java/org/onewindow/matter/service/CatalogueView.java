package org.onewindow.matter.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.common.Messages;
import org.onewindow.matter.domain.CatalogueItem;
import org.onewindow.matter.domain.MatterType;
import org.onewindow.matter.domain.ServiceLevel;

/** An item of the basic catalogue (基本目录, 002 6.2 a) as read. */
public record CatalogueView(
    String basicCode,
    String name,
    MatterType matterType,
    String matterTypeLabel,
    String settingBasis,
    List<ServiceLevel> exerciseLevels,
    List<String> exerciseLevelLabels,
    Instant sourceVersion,
    Instant updatedAt)
    implements Localized<CatalogueView>, Serializable {

  static CatalogueView of(CatalogueItem c) {
    return new CatalogueView(
            c.getBasicCode(),
            c.getName(),
            c.getMatterType(),
            "",
            c.getSettingBasis(),
            List.copyOf(c.getExerciseLevels()),
            List.of(),
            c.getSourceVersion(),
            c.getUpdatedAt())
        .in(Messages.PLATFORM_LOCALE);
  }

  @Override
  public CatalogueView in(Locale locale) {
    return new CatalogueView(
        basicCode,
        name,
        matterType,
        matterType.label(locale),
        settingBasis,
        exerciseLevels,
        exerciseLevels.stream().map(l -> l.label(locale)).toList(),
        sourceVersion,
        updatedAt);
  }
}
