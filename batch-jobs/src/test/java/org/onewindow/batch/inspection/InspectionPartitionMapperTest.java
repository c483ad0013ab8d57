package org.onewindow.batch.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The partition count a run uses, and the exit status its partitions add up to. */
class InspectionPartitionMapperTest {

  @Test
  void theJobParameterNamesTheCountElseTheDefaultApplies() {
    assertEquals(2, InspectionPartitionMapper.count("2"));
    assertEquals(InspectionPartitionMapper.DEFAULT_PARTITIONS, InspectionPartitionMapper.count(""));
    assertEquals(
        InspectionPartitionMapper.DEFAULT_PARTITIONS, InspectionPartitionMapper.count(null));
    assertEquals(
        InspectionPartitionMapper.DEFAULT_PARTITIONS, InspectionPartitionMapper.count("x"));
    assertEquals(8, InspectionPartitionMapper.count("99"));
    assertEquals(1, InspectionPartitionMapper.count("0"));
  }

  @Test
  void thePartitionsTalliesAddUp() {
    InspectionTally a = new InspectionTally();
    a.inspected = 3;
    a.failed = 1;
    InspectionTally b = new InspectionTally();
    b.inspected = 2;
    b.slow = 1;
    b.skipped = 4;
    a.add(b);
    assertEquals("INSPECTED=5 FAILED=1 SLOW=1 SKIPPED=4", a.toString());
  }
}
