package org.onewindow.web.api.matter;

import java.util.List;
import org.onewindow.matter.domain.MaterialDraft;
import org.onewindow.matter.domain.MatterDraft;

/**
 * The body that starts or edits an implementation-list item: every element of 001 7.1 and the
 * facets of 001 6.3 (choices by name, e.g. {@code ADMINISTRATIVE_LICENSING}, or by label), and for
 * a new item the access unit that keeps it ({@code ownerUnit}; a unit's administrator may leave it
 * out).
 */
public record MatterRequest(
    String ownerUnit,
    String implementationCode,
    String basicCode,
    String name,
    String matterType,
    String settingBasis,
    String exerciseLevel,
    String agency,
    String agencyCode,
    String divisionCode,
    Integer statutoryLimitDays,
    Integer promisedLimitDays,
    Integer onsiteVisits,
    String acceptanceConditions,
    List<Material> materials,
    String process,
    Boolean charged,
    String chargeStandard,
    String chargeItem,
    String handlingType,
    String location,
    String officeHours,
    String consultation,
    String faq,
    String complaint,
    String target,
    String theme,
    String jurisdiction,
    Integer realNameLevel,
    String onlineUrl) {

  /** One material of the 材料目录: name, form (paper, electronic, paper-and-electronic), copies. */
  public record Material(String name, String form, Integer copies, Boolean required) {}

  MatterDraft draft() {
    return new MatterDraft(
        implementationCode,
        basicCode,
        name,
        matterType,
        settingBasis,
        exerciseLevel,
        agency,
        agencyCode,
        divisionCode,
        statutoryLimitDays,
        promisedLimitDays,
        onsiteVisits,
        acceptanceConditions,
        materials == null
            ? List.of()
            : materials.stream()
                .map(
                    m ->
                        m == null
                            ? null
                            : new MaterialDraft(m.name(), m.form(), m.copies(), m.required()))
                .toList(),
        process,
        charged,
        chargeStandard,
        chargeItem,
        handlingType,
        location,
        officeHours,
        consultation,
        faq,
        complaint,
        target,
        theme,
        jurisdiction,
        realNameLevel,
        onlineUrl);
  }
}
