package org.onewindow.demo.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.matter.domain.HallFacts;

/** The demo halls pass the platform's rules and list matters the demo catalogue publishes. */
class DemoHallsTest {

  @Test
  void everyDemoHallIsValidAndHandlesItsDivisionsMatters() {
    List<MatterGenerator.Item> items =
        MatterGenerator.items(DemoMatters.DIVISIONS, false, Integer.MAX_VALUE);
    assertEquals(10, DemoHalls.HALLS.size());
    for (String[] row : DemoHalls.HALLS) {
      HallFacts facts = DemoHalls.facts(row, items);
      assertEquals(Integer.parseInt(row[8]), facts.matters().size(), row[0]);
      assertTrue(HallFacts.CODE.matcher(row[0]).matches(), row[0]);
    }
  }
}
