package org.onewindow.matter.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.common.Messages;
import org.onewindow.matter.domain.Jurisdiction;
import org.onewindow.matter.domain.MatterState;
import org.onewindow.matter.domain.MatterType;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.matter.domain.ServiceLevel;
import org.onewindow.matter.domain.ServiceTarget;
import org.onewindow.matter.domain.ServiceTheme;

/** One row of a matter search: what a list shows and filters by (001 6.3). */
public record MatterSummary(
    String implementationCode,
    int versionNumber,
    String name,
    MatterType matterType,
    String matterTypeLabel,
    String agency,
    String divisionCode,
    ServiceLevel exerciseLevel,
    String exerciseLevelLabel,
    ServiceTarget target,
    String targetLabel,
    ServiceTheme theme,
    String themeLabel,
    Jurisdiction jurisdiction,
    String jurisdictionLabel,
    MatterState state,
    String stateLabel,
    String ownerUnit,
    int promisedLimitDays,
    int onsiteVisits,
    boolean online,
    Instant updatedAt)
    implements Localized<MatterSummary>, Serializable {

  static MatterSummary of(MatterVersion v) {
    var e = v.elements();
    return new MatterSummary(
            v.getImplementationCode(),
            v.getVersionNumber(),
            v.getName(),
            e.matterType(),
            "",
            v.getAgency(),
            e.divisionCode(),
            e.exerciseLevel(),
            "",
            e.target(),
            "",
            e.theme(),
            "",
            e.jurisdiction(),
            "",
            v.state(),
            "",
            v.getOwnerUnit(),
            e.promisedLimitDays(),
            e.onsiteVisits(),
            !e.onlineUrl().isEmpty(),
            v.getReview().updatedAt())
        .in(Messages.PLATFORM_LOCALE);
  }

  @Override
  public MatterSummary in(Locale locale) {
    return new MatterSummary(
        implementationCode,
        versionNumber,
        name,
        matterType,
        matterType.label(locale),
        agency,
        divisionCode,
        exerciseLevel,
        exerciseLevel.label(locale),
        target,
        target.label(locale),
        theme,
        theme.label(locale),
        jurisdiction,
        jurisdiction.label(locale),
        state,
        state.label(locale),
        ownerUnit,
        promisedLimitDays,
        onsiteVisits,
        online,
        updatedAt);
  }
}
