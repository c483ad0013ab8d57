package org.onewindow.matter.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;
import org.onewindow.region.Divisions;

/**
 * The checked elements of one version of an implementation-list item: every element 001 7.1 asks
 * the published list to show, and the navigation facets of 001 6.3. Made only by {@link #check},
 * which holds the rules; each refusal names its field with a {@code matter.*} message.
 */
public record MatterElements(
    String implementationCode,
    String basicCode,
    String name,
    MatterType matterType,
    String settingBasis,
    ServiceLevel exerciseLevel,
    String agency,
    String agencyCode,
    String divisionCode,
    int statutoryLimitDays,
    int promisedLimitDays,
    int onsiteVisits,
    String acceptanceConditions,
    List<Material> materials,
    String process,
    boolean charged,
    String chargeStandard,
    String chargeItem,
    HandlingType handlingType,
    String location,
    String officeHours,
    String consultation,
    String faq,
    String complaint,
    ServiceTarget target,
    ServiceTheme theme,
    Jurisdiction jurisdiction,
    int realNameLevel,
    String onlineUrl)
    implements Serializable {

  public static final int MAX_NAME = 200;
  public static final int MAX_UNIT = 100;
  public static final int MAX_LONG_TEXT = 4000;
  public static final int MAX_TEXT = 1000;
  public static final int MAX_FAQ = 8000;
  public static final int MAX_CHARGE_STANDARD = 2000;
  public static final int MAX_HOURS = 500;
  public static final int MAX_MATERIALS = 100;

  /** The longest time limit a list states, in working days (ten years' worth is no limit). */
  public static final int MAX_LIMIT_DAYS = 999;

  /** More visits to the hall than this is no list an office publishes (001 7.1 到办事现场次数). */
  public static final int MAX_VISITS = 10;

  /**
   * C 0114-2018 3.1 defines four real-name levels; 001 7.2 asks for at least the third to handle a
   * matter, so the third is the default and the least a matter may require.
   */
  public static final int DEFAULT_REAL_NAME_LEVEL = 3;

  public static final int MAX_REAL_NAME_LEVEL = 4;

  public MatterElements {
    materials = List.copyOf(materials);
  }

  /**
   * The draft read under the rules.
   *
   * @throws MissingInputException for a missing element (20003)
   * @throws InvalidInputException for an element that breaks its rule (20000)
   */
  public static MatterElements check(MatterDraft d) {
    String implementationCode =
        MatterCodes.implementationCode("implementationCode", d.implementationCode());
    String basicCode = MatterCodes.basicCode("basicCode", d.basicCode());
    String name = MatterTexts.line("name", d.name(), MAX_NAME, true);
    MatterType type = Choices.required(MatterType.class, "matterType", d.matterType());
    String basis = MatterTexts.lines("settingBasis", d.settingBasis(), MAX_LONG_TEXT, true);
    ServiceLevel level = Choices.required(ServiceLevel.class, "exerciseLevel", d.exerciseLevel());
    String agency = MatterTexts.line("agency", d.agency(), MAX_UNIT, true);
    String agencyCode = MatterCodes.creditCode("agencyCode", d.agencyCode());
    String division = Divisions.table().checked("divisionCode", d.divisionCode());
    HandlingType handling = Choices.required(HandlingType.class, "handlingType", d.handlingType());
    int statutory =
        MatterTexts.number("statutoryLimitDays", d.statutoryLimitDays(), 0, MAX_LIMIT_DAYS, null);
    int promised =
        MatterTexts.number("promisedLimitDays", d.promisedLimitDays(), 0, MAX_LIMIT_DAYS, null);
    checkLimits(handling, statutory, promised);
    int visits = MatterTexts.number("onsiteVisits", d.onsiteVisits(), 0, MAX_VISITS, null);
    String conditions =
        MatterTexts.lines("acceptanceConditions", d.acceptanceConditions(), MAX_LONG_TEXT, true);
    List<Material> materials = materials(d.materials());
    String process = MatterTexts.lines("process", d.process(), MAX_LONG_TEXT, true);
    if (d.charged() == null) {
      throw MissingInputException.of("charged", "matter.field.missing", new FieldName("charged"));
    }
    boolean charged = d.charged();
    String standard =
        MatterTexts.lines("chargeStandard", d.chargeStandard(), MAX_CHARGE_STANDARD, charged);
    String chargeItem = MatterTexts.line("chargeItem", d.chargeItem(), MAX_NAME, charged);
    if (!charged && !(standard.isEmpty() && chargeItem.isEmpty())) {
      // 001 7.1: 收费标准 and 收费项目名称 describe a charge; a free matter states none.
      throw InvalidInputException.keyed(
          standard.isEmpty() ? "chargeItem" : "chargeStandard", "matter.charge.notCharged");
    }
    String location = MatterTexts.lines("location", d.location(), MAX_TEXT, true);
    String hours = MatterTexts.line("officeHours", d.officeHours(), MAX_HOURS, true);
    String consultation = MatterTexts.lines("consultation", d.consultation(), MAX_TEXT, true);
    String faq = MatterTexts.lines("faq", d.faq(), MAX_FAQ, false);
    String complaint = MatterTexts.lines("complaint", d.complaint(), MAX_TEXT, true);
    ServiceTarget target = Choices.required(ServiceTarget.class, "target", d.target());
    ServiceTheme theme = Choices.optional(ServiceTheme.class, "theme", d.theme());
    Jurisdiction jurisdiction =
        Choices.required(Jurisdiction.class, "jurisdiction", d.jurisdiction());
    int realName = realNameLevel(d.realNameLevel());
    String online = OnlineAddress.checked("onlineUrl", d.onlineUrl());
    return new MatterElements(
        implementationCode,
        basicCode,
        name,
        type,
        basis,
        level,
        agency,
        agencyCode,
        division,
        statutory,
        promised,
        visits,
        conditions,
        materials,
        process,
        charged,
        standard,
        chargeItem,
        handling,
        location,
        hours,
        consultation,
        faq,
        complaint,
        target,
        theme == null ? ServiceTheme.OTHER : theme, // 001 6.3.4: what fits no theme is 其他
        jurisdiction,
        realName,
        online);
  }

  /**
   * 001 7.1 法定办结时限 and 承诺办结时限: an office promises no more than the law allows; a 即办件 is decided on
   * the spot (no promised days) and any other kind takes at least one day.
   */
  private static void checkLimits(HandlingType handling, int statutory, int promised) {
    if (promised > statutory) {
      throw InvalidInputException.keyed(
          "promisedLimitDays", "matter.limits.promisedOverStatutory", promised, statutory);
    }
    if (handling == HandlingType.IMMEDIATE && promised != 0) {
      throw InvalidInputException.keyed("promisedLimitDays", "matter.limits.immediate");
    }
    if (handling != HandlingType.IMMEDIATE && promised == 0) {
      throw InvalidInputException.keyed("promisedLimitDays", "matter.limits.notImmediate");
    }
  }

  /** C 0114-2018 3.1 (levels one to four) and 001 7.2 (at least the third to handle a matter). */
  private static int realNameLevel(Integer given) {
    int level =
        MatterTexts.number("realNameLevel", given, 1, MAX_REAL_NAME_LEVEL, DEFAULT_REAL_NAME_LEVEL);
    if (level < DEFAULT_REAL_NAME_LEVEL) {
      throw InvalidInputException.keyed(
          "realNameLevel", "matter.realNameLevel.belowHandling", level);
    }
    return level;
  }

  private static List<Material> materials(List<MaterialDraft> given) {
    if (given.size() > MAX_MATERIALS) {
      throw InvalidInputException.keyed("materials", "matter.materials.tooMany", MAX_MATERIALS);
    }
    List<Material> materials = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      MaterialDraft m = given.get(i);
      String field = "materials[" + i + "]";
      if (m == null) {
        throw MissingInputException.of(field, "matter.material.missing", i + 1);
      }
      String name = MatterTexts.line(field + ".name", m.name(), Material.MAX_NAME, false);
      if (name.isEmpty()) {
        throw MissingInputException.of(field + ".name", "matter.material.nameMissing", i + 1);
      }
      MaterialForm form = Choices.optional(MaterialForm.class, field + ".form", m.form());
      if (form == null) {
        throw MissingInputException.of(field + ".form", "matter.material.formMissing", i + 1);
      }
      int copies = m.copies() == null ? 1 : m.copies();
      if (copies < 1 || copies > Material.MAX_COPIES) {
        throw InvalidInputException.keyed(
            field + ".copies", "matter.material.copies", i + 1, Material.MAX_COPIES);
      }
      materials.add(new Material(name, form, copies, m.required() == null || m.required()));
    }
    return materials;
  }

  /** The elements as a draft again (a new version starts from the one it follows). */
  public MatterDraft toDraft() {
    return new MatterDraft(
        implementationCode,
        basicCode,
        name,
        matterType.name(),
        settingBasis,
        exerciseLevel.name(),
        agency,
        agencyCode,
        divisionCode,
        statutoryLimitDays,
        promisedLimitDays,
        onsiteVisits,
        acceptanceConditions,
        materials.stream()
            .map(
                m ->
                    new MaterialDraft(
                        m.getName(), m.getForm().name(), m.getCopies(), m.isRequired()))
            .toList(),
        process,
        charged,
        chargeStandard,
        chargeItem,
        handlingType.name(),
        location,
        officeHours,
        consultation,
        faq,
        complaint,
        target.name(),
        theme.name(),
        jurisdiction.name(),
        realNameLevel,
        onlineUrl);
  }
}
