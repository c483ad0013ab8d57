package org.onewindow.demo.matter;

import java.util.List;
import org.onewindow.demo.DemoResources;

/**
 * DEMO: the matters the demo and the benchmark generator publish — real names of high-frequency
 * matters of the departments a city's hall serves, with their type, audience, theme, the levels
 * that exercise them, time limits, fees and materials as their published guides state them. The
 * data is in the resources {@code org/onewindow/demo/matter/departments.tsv} and {@code
 * templates.tsv} (UTF-8, one record a line, the columns in the records' order).
 */
final class MatterTemplates {

  private static final String RESOURCES = "org/onewindow/demo/matter/";

  /** A department: its short key, its agency's name at provincial and at local level. */
  record Department(String key, String code, String provincial, String local, String basis) {}

  /**
   * One matter as its departments publish it.
   *
   * @param levels which of P (provincial), M (municipal), C (county) exercise it
   * @param fee empty when free, else "fee item;fee standard"
   * @param materials "name:form" pairs separated by ';' (form P paper, E electronic, B both)
   * @param jurisdiction CROSS_REGION for a 跨地区通办 matter (001 6.3.6), else FIXED_LOCATION
   * @param realNameLevel 4 where handling asks for the fourth real-name level (C 0114-2018 3.1)
   */
  record Template(
      String department,
      String name,
      String type,
      String target,
      String theme,
      String levels,
      int statutory,
      int promised,
      String handling,
      String fee,
      int visits,
      String materials,
      String jurisdiction,
      int realNameLevel) {}

  static final List<Department> DEPARTMENTS =
      DemoResources.rows(RESOURCES + "departments.tsv").stream()
          .map(f -> new Department(f[0], f[1], f[2], f[3], f[4]))
          .toList();

  static final List<Template> TEMPLATES =
      DemoResources.rows(RESOURCES + "templates.tsv").stream()
          .map(MatterTemplates::template)
          .toList();

  private MatterTemplates() {}

  /** One line of templates.tsv: its columns in the record's order. */
  private static Template template(String[] f) {
    if (f.length != 14) {
      throw new IllegalStateException(
          "templates.tsv: 14 tab-separated fields expected, "
              + f.length
              + " in "
              + String.join("|", f));
    }
    return new Template(
        f[0],
        f[1],
        f[2],
        f[3],
        f[4],
        f[5],
        Integer.parseInt(f[6]),
        Integer.parseInt(f[7]),
        f[8],
        f[9],
        Integer.parseInt(f[10]),
        f[11],
        f[12],
        Integer.parseInt(f[13]));
  }

  static Department department(String key) {
    return DEPARTMENTS.stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
  }
}
