package org.onewindow.matter.service;

import java.io.Serializable;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.TextFilter;
import org.onewindow.matter.domain.Choices;
import org.onewindow.matter.domain.Jurisdiction;
import org.onewindow.matter.domain.MatterState;
import org.onewindow.matter.domain.MatterType;
import org.onewindow.matter.domain.ServiceLevel;
import org.onewindow.matter.domain.ServiceTarget;
import org.onewindow.matter.domain.ServiceTheme;
import org.onewindow.region.Divisions;

/**
 * What a matter search filters by: words ({@code q}) in the name, the codes or the agency, and the
 * navigation facets of 001 6.3 — nature (a type, or all 行政权力), target, implementing agency, theme,
 * level, jurisdiction — and the division. By default it searches the published list; {@code
 * workspace} searches the latest version of every item the caller edits instead (drafts and items
 * under review too), optionally in one {@code state}.
 *
 * @param q words to find, or blank
 * @param matterType one type, or null
 * @param administrativePower true: every kind of 行政权力; false: 公共服务 only; null: both
 * @param target natural or legal persons (a matter for both matches either), or null
 * @param agency the implementing agency, exactly, or blank
 * @param theme a theme, or null
 * @param level a level, or null
 * @param jurisdiction fixed-place or cross-region, or null
 * @param divisionCode the agency's division or one above it (a province finds its cities' and
 *     counties' matters too, as the navigation's province → city → county cascade asks), or blank
 * @param workspace whether to search the caller's latest versions rather than the published list
 * @param state in the workspace, one state only, or null
 */
public record MatterFilter(
    String q,
    MatterType matterType,
    Boolean administrativePower,
    ServiceTarget target,
    String agency,
    ServiceTheme theme,
    ServiceLevel level,
    Jurisdiction jurisdiction,
    String divisionCode,
    boolean workspace,
    MatterState state)
    implements Serializable {

  public MatterFilter {
    q = InputRules.singleLine("q", q);
    if (q.length() > TextFilter.MAX_LENGTH) {
      throw InvalidInputException.keyed("q", "common.page.text", TextFilter.MAX_LENGTH);
    }
    agency = InputRules.singleLine("agency", agency);
    divisionCode = InputRules.singleLine("divisionCode", divisionCode);
    if (!divisionCode.isEmpty()) {
      // a division of the table: it is searched by its code's prefix, never by what was typed
      divisionCode = Divisions.table().checked("divisionCode", divisionCode);
    }
  }

  /** The whole published list. */
  public static MatterFilter published() {
    return new MatterFilter("", null, null, null, "", null, null, null, "", false, null);
  }

  /**
   * The filter as the API and the console spell it: each choice by its name or label, blank for
   * none; {@code nature} {@code administrative-power} or {@code public-service}.
   *
   * @throws InvalidInputException naming the parameter at fault
   */
  public static MatterFilter of(
      String q,
      String matterType,
      String nature,
      String target,
      String agency,
      String theme,
      String level,
      String jurisdiction,
      String divisionCode,
      boolean workspace,
      String state) {
    return new MatterFilter(
        q,
        Choices.optional(MatterType.class, "matterType", matterType),
        nature(nature),
        Choices.optional(ServiceTarget.class, "target", target),
        agency,
        Choices.optional(ServiceTheme.class, "theme", theme),
        Choices.optional(ServiceLevel.class, "level", level),
        Choices.optional(Jurisdiction.class, "jurisdiction", jurisdiction),
        divisionCode,
        workspace,
        Choices.optional(MatterState.class, "state", state));
  }

  /** The value of {@code nature} that stands for every kind of 行政权力 at once (001 6.3.1). */
  public static final String ADMINISTRATIVE_POWER = "administrative-power";

  /**
   * The filter of the portal's navigation (001 6.3), as its address spells it: {@code nature} is
   * either {@value #ADMINISTRATIVE_POWER} (every kind of 行政权力) or one matter type (公共服务 among
   * them), each other facet a choice's name, blank for none; the published list only.
   *
   * @throws InvalidInputException naming the parameter at fault
   */
  public static MatterFilter navigation(
      String nature,
      String target,
      String agency,
      String theme,
      String level,
      String jurisdiction,
      String divisionCode) {
    boolean allPowers = nature != null && nature.strip().equalsIgnoreCase(ADMINISTRATIVE_POWER);
    return of(
        "",
        allPowers ? null : nature,
        allPowers ? ADMINISTRATIVE_POWER : null,
        target,
        agency,
        theme,
        level,
        jurisdiction,
        divisionCode,
        false,
        null);
  }

  private static Boolean nature(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
      case "administrative-power" -> Boolean.TRUE;
      case "public-service" -> Boolean.FALSE;
      default -> throw InvalidInputException.keyed("nature", "matter.filter.nature");
    };
  }
}
