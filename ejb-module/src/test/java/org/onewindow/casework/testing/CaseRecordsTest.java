package org.onewindow.casework.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.domain.CaseFields;
import org.onewindow.casework.domain.CaseRecordReader;
import org.onewindow.exchange.ExchangeRecord;

/** The generator the sync's benchmark relies on: valid records, the same for a seed and index. */
class CaseRecordsTest {

  @Test
  void everyGeneratedRecordPassesTheRules() {
    for (ExchangeRecord record : CaseRecords.records(42, 0, 5000)) {
      CaseRecordReader.read(record); // throws CaseRefusal when a rule is broken
    }
  }

  @Test
  void aRecordIsTheSameWhicheverRangeGeneratesIt() {
    List<Map<String, String>> wide = CaseRecords.generate(42, 100, 50);
    assertEquals(wide.get(10), CaseRecords.generate(42, 110, 1).get(0));
    assertEquals(CaseRecords.caseNo(110), wide.get(10).get(CaseFields.CASE_NO));
    assertNotEquals(wide.get(10), CaseRecords.generate(43, 110, 1).get(0));
    assertEquals(
        CaseFields.ORDER.stream().filter(wide.get(0)::containsKey).toList(),
        List.copyOf(wide.get(0).keySet()));
  }
}
