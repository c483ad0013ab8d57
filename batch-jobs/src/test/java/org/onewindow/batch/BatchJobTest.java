package org.onewindow.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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

  @Test
  void aJobTakesOnlyTheParametersItDeclaresWithinTheirBounds() {
    BatchJob job = BatchJob.AUDIT_CHAIN_VERIFICATION;
    assertEquals(
        "10",
        job.parameters(Map.of("chunkSize", " 10 ", "recordsPerSecond", "0")).get("chunkSize"));
    assertThrows(InvalidInputException.class, () -> job.parameters(Map.of("jobXmlName", "x")));
    assertThrows(InvalidInputException.class, () -> job.parameters(Map.of("chunkSize", "0")));
    assertThrows(InvalidInputException.class, () -> job.parameters(Map.of("chunkSize", "5001")));
    assertThrows(InvalidInputException.class, () -> job.parameters(Map.of("chunkSize", "1e3")));
    assertThrows(
        InvalidInputException.class,
        () -> BatchJob.ACCESS_UNIT_CENSUS.parameters(Map.of("chunkSize", "10")));
  }

  /**
   * Every job runs under a lease and every chunk step renews it in its transaction (issue 17): a
   * job without them would be restarted by nobody after a node loss, or twice after a partition.
   */
  @Test
  void everyJobTakesALeaseAndEveryChunkStepIsFenced() throws Exception {
    for (BatchJob job : BatchJob.values()) {
      Document xml = jobXml(job);
      Element root = xml.getDocumentElement();
      assertTrue(
          listenerRefs((Element) root.getElementsByTagName("listeners").item(0))
              .contains("executionLeaseListener"),
          job + " takes a lease");
      NodeList steps = root.getElementsByTagName("step");
      for (int i = 0; i < steps.getLength(); i++) {
        Element step = (Element) steps.item(i);
        if (step.getElementsByTagName("chunk").getLength() > 0) {
          assertTrue(
              listenerRefs((Element) step.getElementsByTagName("listeners").item(0))
                  .contains("chunkLeaseFence"),
              job + " step " + step.getAttribute("id") + " renews its lease in each chunk");
        }
      }
    }
  }

  private Document jobXml(BatchJob job) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/batch-jobs/" + job.jobName() + ".xml")) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static List<String> listenerRefs(Element listeners) {
    List<String> refs = new ArrayList<>();
    if (listeners == null) {
      return refs;
    }
    NodeList each = listeners.getElementsByTagName("listener");
    for (int i = 0; i < each.getLength(); i++) {
      refs.add(((Element) each.item(i)).getAttribute("ref"));
    }
    return refs;
  }

  /** The console's hint beside each field: what the job accepts, as {@link BatchJob} bounds it. */
  @Test
  void theRangeOfAParameterIsItsBoundsOrItsFloorWhenUnbounded() {
    assertEquals("1\u20135000", BatchJob.CASE_INBOUND.parameterRange("chunkSize"));
    assertEquals("\u2265 1", BatchJob.AUDIT_CHAIN_VERIFICATION.parameterRange("upTo"));
    assertEquals("", BatchJob.UPWARD_REPORT.parameterRange("chunkSize"));
  }
}
