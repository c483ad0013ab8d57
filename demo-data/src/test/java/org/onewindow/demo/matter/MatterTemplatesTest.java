package org.onewindow.demo.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onewindow.demo.DemoAccessUnits;
import org.onewindow.demo.DemoResources;

/**
 * The DEMO data files are read whole: every department and template line, each with the fields the
 * generator needs, and every text the generator and the seeders name.
 */
class MatterTemplatesTest {

  @Test
  void everyTemplateIsReadWithItsRequiredFields() {
    assertEquals(64, MatterTemplates.TEMPLATES.size(), "templates.tsv lines");
    Set<String> departments =
        MatterTemplates.DEPARTMENTS.stream()
            .map(MatterTemplates.Department::key)
            .collect(Collectors.toSet());
    Set<String> names = new HashSet<>();
    for (MatterTemplates.Template t : MatterTemplates.TEMPLATES) {
      assertTrue(departments.contains(t.department()), t.name() + ": " + t.department());
      assertTrue(names.add(t.name()), "twice: " + t.name());
      for (String field : List.of(t.name(), t.type(), t.target(), t.theme(), t.handling())) {
        assertFalse(field.isBlank(), t.name());
      }
      assertTrue(t.levels().matches("P?M?C?") && !t.levels().isEmpty(), t.name());
      assertTrue(t.fee().isEmpty() || t.fee().split(";").length == 2, t.name() + ": " + t.fee());
      assertTrue(
          t.materials().isEmpty() || t.materials().matches("([^:;]+:[PEB])(;[^:;]+:[PEB])*"),
          t.name() + ": " + t.materials());
      assertTrue(Set.of("CROSS_REGION", "FIXED_LOCATION").contains(t.jurisdiction()), t.name());
      assertTrue(t.realNameLevel() == 3 || t.realNameLevel() == 4, t.name());
      assertTrue(t.promised() <= t.statutory(), t.name());
    }
    assertEquals(10, count(t -> t.jurisdiction().equals("CROSS_REGION")), "cross-region");
    assertEquals(4, count(t -> t.realNameLevel() == 4), "fourth real-name level");
  }

  @Test
  void everyDepartmentIsReadWithItsAgenciesAndBasis() {
    assertEquals(11, MatterTemplates.DEPARTMENTS.size(), "departments.tsv lines");
    for (MatterTemplates.Department d : MatterTemplates.DEPARTMENTS) {
      assertTrue(d.code().matches("\\d\\d"), d.key());
      assertFalse(d.provincial().isBlank() || d.local().isBlank() || d.basis().isBlank(), d.key());
    }
  }

  @Test
  void theDemoUnitsKeepTheirProvincesMattersAndOtherProvincesGetANamedAuthority() {
    assertEquals(3, DemoAccessUnits.UNITS.size());
    for (String[] unit : DemoAccessUnits.UNITS) {
      assertEquals(unit[0], MatterGenerator.ownerUnit(unit[1].substring(0, 2) + "0105"));
    }
    assertEquals(
        DemoResources.text("matter.ownerUnit.other", "51"), MatterGenerator.ownerUnit("510100"));
    assertTrue(MatterGenerator.ownerUnit("510100").endsWith("51"));
  }

  private static long count(java.util.function.Predicate<MatterTemplates.Template> test) {
    return MatterTemplates.TEMPLATES.stream().filter(test).count();
  }
}
