package org.onewindow.matter.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;
import org.onewindow.region.Divisions;

/**
 * What a service hall's unit states about it (000 8.1.2 i), each fact checked by the one rule for
 * its field: names and addresses as single lines within their lengths, a division of the table,
 * coordinates in range, the matters as codes of the implementation list or the basic catalogue
 * ({@link MatterCodes}), each with a name, none twice.
 */
public record HallFacts(
    String name,
    String address,
    String openingHours,
    String phone,
    GeoPoint location,
    String divisionCode,
    List<HallMatter> matters) {

  /** A hall's own code: letters, digits and hyphens, as it appears in addresses. */
  public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,39}");

  /** More matters than any real hall lists would be a wrong file, not a hall. */
  static final int MAX_MATTERS = 500;

  public HallFacts {
    matters = List.copyOf(matters);
  }

  /**
   * The facts of a draft, checked.
   *
   * @throws MissingInputException when a required fact is blank
   * @throws InvalidInputException when a fact breaks its rule
   */
  public static HallFacts checked(
      String name,
      String address,
      String openingHours,
      String phone,
      Double latitude,
      Double longitude,
      String divisionCode,
      List<HallMatter> matters) {
    if (latitude == null || longitude == null) {
      throw MissingInputException.of("location", "matter.hall.locationMissing");
    }
    return new HallFacts(
        required("name", name, 100),
        required("address", address, 200),
        required("openingHours", openingHours, 500),
        optional("phone", phone, 40),
        GeoPoint.of("location", latitude, longitude),
        Divisions.table().checked("divisionCode", divisionCode),
        checkedMatters(matters));
  }

  /**
   * A hall's code, checked.
   *
   * @throws InvalidInputException when it is not 3 to 40 letters, digits and hyphens
   */
  public static String checkedCode(String code) {
    String value = code == null ? "" : code.strip();
    if (value.isEmpty()) {
      throw MissingInputException.of("code", "matter.hall.codeMissing");
    }
    if (!CODE.matcher(value).matches()) {
      throw InvalidInputException.keyed("code", "matter.hall.codeShape");
    }
    return value;
  }

  private static List<HallMatter> checkedMatters(List<HallMatter> matters) {
    List<HallMatter> given = matters == null ? List.of() : matters;
    if (given.size() > MAX_MATTERS) {
      throw InvalidInputException.keyed("matters", "matter.hall.tooManyMatters", MAX_MATTERS);
    }
    Set<String> codes = new LinkedHashSet<>();
    List<HallMatter> checked = new ArrayList<>();
    for (HallMatter matter : given) {
      String code = matter == null ? "" : matter.getCode() == null ? "" : matter.getCode().strip();
      if (code.length() > 32) {
        MatterCodes.implementationCode("matters", code);
      } else {
        MatterCodes.basicCode("matters", code);
      }
      if (!codes.add(code)) {
        throw InvalidInputException.keyed("matters", "matter.hall.matterTwice", code);
      }
      checked.add(new HallMatter(code, required("matters", matter.getName(), 200)));
    }
    return checked;
  }

  private static String required(String field, String text, int max) {
    String value = optional(field, text, max);
    if (value.isEmpty()) {
      throw MissingInputException.of(field, "matter.hall.missing." + field);
    }
    return value;
  }

  private static String optional(String field, String text, int max) {
    String value = InputRules.singleLine(field, text);
    if (value.length() > max) {
      throw InvalidInputException.keyed(field, "matter.hall.tooLong." + field, max);
    }
    return value;
  }
}
