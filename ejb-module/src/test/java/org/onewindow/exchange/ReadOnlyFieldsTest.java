package org.onewindow.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An exchange record's fields: read-only, in the order read, copied unless handed over. */
class ReadOnlyFieldsTest {

  @Test
  void aRecordMadeFromAnotherMapKeepsItsOwnCopyInTheOrderRead() {
    Map<String, String> source = new LinkedHashMap<>();
    source.put("case_no", "A1");
    source.put("updated_at", "2026-01-01T00:00:00Z");
    ExchangeRecord record = new ExchangeRecord("A1", Instant.EPOCH, source);

    source.put("case_no", "B2");

    assertEquals("A1", record.field("case_no"));
    assertEquals(List.of("case_no", "updated_at"), List.copyOf(record.fields().keySet()));
    assertEquals(Map.of("case_no", "A1", "updated_at", "2026-01-01T00:00:00Z"), record.fields());
  }

  @Test
  void fieldsHandedOverAreTakenAsTheyAreAndCannotBeChangedThroughTheRecord() {
    LinkedHashMap<String, String> owned = new LinkedHashMap<>(Map.of("case_no", "A1"));
    ReadOnlyFields fields = ReadOnlyFields.adopt(owned);
    ExchangeRecord record = new ExchangeRecord("A1", Instant.EPOCH, fields);

    assertSame(fields, record.fields());
    assertThrows(UnsupportedOperationException.class, () -> record.fields().put("x", "y"));
    assertThrows(
        UnsupportedOperationException.class,
        () -> record.fields().entrySet().iterator().next().setValue("changed"));
    assertThrows(UnsupportedOperationException.class, () -> record.fields().keySet().clear());
    assertEquals("A1", record.field("case_no"));
  }
}
