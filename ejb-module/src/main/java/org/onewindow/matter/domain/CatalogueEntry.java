package org.onewindow.matter.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.onewindow.common.MissingInputException;

/**
 * One checked item of the basic catalogue (基本目录) as the national platform hands it down (002 6.2
 * a): its 基本编码, name, type, setting basis and the levels that exercise it.
 */
public record CatalogueEntry(
    String basicCode,
    String name,
    MatterType matterType,
    String settingBasis,
    Set<ServiceLevel> exerciseLevels)
    implements Serializable {

  public CatalogueEntry {
    exerciseLevels = Set.copyOf(exerciseLevels);
  }

  /**
   * The fields read under the rules.
   *
   * @param levels one or more levels, separated by commas (or 、 as the national files write them)
   * @throws org.onewindow.common.InvalidInputException naming the field at fault
   */
  public static CatalogueEntry check(
      String basicCode, String name, String matterType, String settingBasis, String levels) {
    return new CatalogueEntry(
        MatterCodes.basicCode("basicCode", basicCode),
        MatterTexts.line("name", name, MatterElements.MAX_NAME, true),
        Choices.required(MatterType.class, "matterType", matterType),
        MatterTexts.lines("settingBasis", settingBasis, MatterElements.MAX_LONG_TEXT, true),
        levels(levels));
  }

  private static Set<ServiceLevel> levels(String text) {
    Set<ServiceLevel> levels = EnumSet.noneOf(ServiceLevel.class);
    if (text != null) {
      for (String part : text.split("[,\u3001]")) {
        if (!part.isBlank()) {
          levels.add(Choices.required(ServiceLevel.class, "exerciseLevel", part));
        }
      }
    }
    if (levels.isEmpty()) {
      throw MissingInputException.of(
          "exerciseLevel", "matter.field.missing", new FieldName("exerciseLevel"));
    }
    return levels;
  }

  /** The levels as stored and exchanged: names in the enum's order, comma-separated. */
  public String levelsText() {
    return join(exerciseLevels);
  }

  static String join(Set<ServiceLevel> levels) {
    List<String> names = new ArrayList<>();
    for (ServiceLevel level : ServiceLevel.values()) {
      if (levels.contains(level)) {
        names.add(level.name());
      }
    }
    return String.join(",", names);
  }
}
