package org.onewindow.matter.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.matter.domain.HandlingType;
import org.onewindow.matter.domain.Jurisdiction;
import org.onewindow.matter.domain.MatterElements;
import org.onewindow.matter.domain.MatterState;
import org.onewindow.matter.domain.MatterType;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.matter.domain.ServiceLevel;
import org.onewindow.matter.domain.ServiceTarget;
import org.onewindow.matter.domain.ServiceTheme;

/**
 * One version of an implementation-list item with every element of 001 7.1 and its facets (001
 * 6.3), each choice with its label in the reader's language, and where the version stands.
 */
public record MatterView(
    String implementationCode,
    int versionNumber,
    MatterState state,
    String stateLabel,
    String ownerUnit,
    String basicCode,
    String name,
    MatterType matterType,
    String matterTypeLabel,
    boolean administrativePower,
    String settingBasis,
    ServiceLevel exerciseLevel,
    String exerciseLevelLabel,
    String agency,
    String agencyCode,
    String divisionCode,
    int statutoryLimitDays,
    int promisedLimitDays,
    int onsiteVisits,
    String acceptanceConditions,
    List<MaterialView> materials,
    String process,
    boolean charged,
    String chargeStandard,
    String chargeItem,
    HandlingType handlingType,
    String handlingTypeLabel,
    String location,
    String officeHours,
    String consultation,
    String faq,
    String complaint,
    ServiceTarget target,
    String targetLabel,
    ServiceTheme theme,
    String themeLabel,
    Jurisdiction jurisdiction,
    String jurisdictionLabel,
    int realNameLevel,
    String onlineUrl,
    int revision,
    String authoredBy,
    String submittedBy,
    String lastReason,
    Instant updatedAt,
    Instant publishedAt)
    implements Localized<MatterView>, Serializable {

  static MatterView of(MatterVersion v) {
    MatterElements e = v.elements();
    return new MatterView(
            e.implementationCode(),
            v.getVersionNumber(),
            v.state(),
            "",
            v.getOwnerUnit(),
            e.basicCode(),
            e.name(),
            e.matterType(),
            "",
            e.matterType().administrativePower(),
            e.settingBasis(),
            e.exerciseLevel(),
            "",
            e.agency(),
            e.agencyCode(),
            e.divisionCode(),
            e.statutoryLimitDays(),
            e.promisedLimitDays(),
            e.onsiteVisits(),
            e.acceptanceConditions(),
            e.materials().stream().map(MaterialView::of).toList(),
            e.process(),
            e.charged(),
            e.chargeStandard(),
            e.chargeItem(),
            e.handlingType(),
            "",
            e.location(),
            e.officeHours(),
            e.consultation(),
            e.faq(),
            e.complaint(),
            e.target(),
            "",
            e.theme(),
            "",
            e.jurisdiction(),
            "",
            e.realNameLevel(),
            e.onlineUrl(),
            v.getReview().revision(),
            v.getReview().authoredBy(),
            v.getReview().submittedBy(),
            v.getReview().lastReason(),
            v.getReview().updatedAt(),
            v.getPublishedAt())
        .in(org.onewindow.common.Messages.PLATFORM_LOCALE);
  }

  @Override
  public MatterView in(Locale locale) {
    return new MatterView(
        implementationCode,
        versionNumber,
        state,
        state.label(locale),
        ownerUnit,
        basicCode,
        name,
        matterType,
        matterType.label(locale),
        administrativePower,
        settingBasis,
        exerciseLevel,
        exerciseLevel.label(locale),
        agency,
        agencyCode,
        divisionCode,
        statutoryLimitDays,
        promisedLimitDays,
        onsiteVisits,
        acceptanceConditions,
        materials.stream().map(m -> m.in(locale)).toList(),
        process,
        charged,
        chargeStandard,
        chargeItem,
        handlingType,
        handlingType.label(locale),
        location,
        officeHours,
        consultation,
        faq,
        complaint,
        target,
        target.label(locale),
        theme,
        theme.label(locale),
        jurisdiction,
        jurisdiction.label(locale),
        realNameLevel,
        onlineUrl,
        revision,
        authoredBy,
        submittedBy,
        lastReason,
        updatedAt,
        publishedAt);
  }
}
