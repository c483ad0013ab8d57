package org.onewindow.demo.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onewindow.matter.domain.CatalogueEntry;
import org.onewindow.matter.domain.MatterElements;

/** The demo's and the benchmark's matters pass the platform's own rules and never repeat a code. */
class MatterGeneratorTest {

  @Test
  void theDemoPublishesOverThreeHundredValidMattersOfElevenDepartmentsAtThreeLevels() {
    List<MatterGenerator.Item> items =
        MatterGenerator.items(DemoMatters.DIVISIONS, false, Integer.MAX_VALUE);
    assertEquals(
        426, items.size(), "the demo's matters: 64 templates at their levels in 10 divisions");
    Set<String> codes = new HashSet<>();
    for (MatterGenerator.Item item : items) {
      MatterElements e = MatterElements.check(item.draft());
      MatterGenerator.CatalogueSeed c = item.catalogue();
      CatalogueEntry entry =
          CatalogueEntry.check(
              c.basicCode(), c.name(), c.matterType(), c.settingBasis(), c.levels());
      assertTrue(entry.exerciseLevels().contains(e.exerciseLevel()), e.name());
      assertEquals(entry.matterType(), e.matterType());
      assertTrue(codes.add(e.implementationCode()), e.implementationCode());
    }
    assertEquals(
        3, items.stream().map(i -> i.draft().exerciseLevel()).collect(Collectors.toSet()).size());
    assertEquals(
        11,
        items.stream()
            .map(i -> i.draft().agencyCode().substring(8, 10)) // the department's code
            .collect(Collectors.toSet())
            .size(),
        "departments");
    // deterministic: the same items again
    assertEquals(
        items.get(123).draft(),
        MatterGenerator.items(DemoMatters.DIVISIONS, false, Integer.MAX_VALUE).get(123).draft());
  }

  @Test
  void theBenchmarkHasOneHundredThousandDistinctKeysThatPassTheRules() {
    List<MatterGenerator.Item> items =
        MatterGenerator.items(MatterGenerator.bundledDivisions(), true, 100_000);
    assertEquals(100_000, items.size());
    assertEquals(100_000, items.stream().map(i -> i.catalogue().basicCode()).distinct().count());
    assertEquals(
        100_000, items.stream().map(i -> i.draft().implementationCode()).distinct().count());
    for (int i = 0; i < items.size(); i += 997) {
      MatterElements.check(items.get(i).draft());
    }
    String line =
        MatterGenerator.json(
            MatterGenerator.implementationFields(items.get(0), MatterGenerator.EPOCH));
    assertTrue(line.startsWith("{\"implementation_code\":\""), line);
    assertTrue(line.contains("\"materials\":\"[{\\\"name\\\":"), line);
  }
}
