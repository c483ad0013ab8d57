package org.onewindow.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchJobTest {

  @Test
  void aKnownJobIsFoundByItsJobXmlId() {
    assertEquals(
        Optional.of(BatchJob.ACCESS_UNIT_CENSUS), BatchJob.byJobName("access-unit-census"));
  }

  @Test
  void everyStartableJobHasItsJobXml() {
    for (BatchJob job : BatchJob.values()) {
      assertNotNull(
          getClass().getResource("/META-INF/batch-jobs/" + job.jobName() + ".xml"), job.name());
    }
    assertEquals(
        Optional.of(BatchJob.INTERFACE_INSPECTION), BatchJob.byJobName("interface-inspection"));
  }

  @Test
  void anUnknownJobNameIsRefused() {
    assertTrue(BatchJob.byJobName("../../etc/passwd").isEmpty());
    assertTrue(BatchJob.byJobName("ACCESS_UNIT_CENSUS").isEmpty());
  }
}
