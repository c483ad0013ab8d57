package org.onewindow.batch.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.ops.batch.BatchProgressService;
import org.onewindow.sync.service.StagedRow;
import org.onewindow.sync.service.SyncStagingService;

/** The staging table as an exchange area (004 7.1): rows in sequence order, a bad one skipped. */
class StagingReaderTest {

  final List<StagedRow> rows = new ArrayList<>();
  final List<Long> expected = new ArrayList<>();
  final FakeContexts contexts = new FakeContexts();

  private StagingTableReader reader(String enabled) {
    StagingTableReader reader = new StagingTableReader();
    reader.staging =
        new SyncStagingService() {
          @Override
          public List<StagedRow> rows(
              String feed, long afterSeq, Instant since, Instant until, int limit) {
            return rows.stream().filter(r -> r.seq() > afterSeq).limit(limit).toList();
          }

          @Override
          public long count(String feed, long afterSeq, Instant since, Instant until) {
            return rows.size();
          }
        };
    reader.progress =
        new BatchProgressService() {
          @Override
          public void expect(long executionId, String step, long total) {
            expected.add(total);
          }
        };
    reader.job = contexts.job();
    reader.step = contexts.step();
    reader.feed = "catalogue";
    reader.enabled = enabled;
    return reader;
  }

  @Test
  void rowsAreReadInOrderAndARestartGoesOnAfterTheCheckpoint() {
    rows.add(new StagedRow(1, "{\"basic_code\":\"B1\",\"updated_at\":\"2026-12-01T00:00:00Z\"}"));
    rows.add(new StagedRow(2, "not json"));
    rows.add(new StagedRow(5, "{\"basic_code\":\"B5\",\"updated_at\":\"2026-12-01 08:00:00\"}"));
    StagingTableReader reader = reader("1");
    reader.open(null);
    assertEquals(List.of(3L), expected);
    assertEquals("B1", ((InboundItem.Upsert) reader.readItem()).record().key());
    Serializable checkpoint = reader.checkpointInfo();
    MalformedRecordException skipped =
        assertThrows(MalformedRecordException.class, reader::readItem);
    assertEquals("staging:catalogue:2", skipped.source());

    StagingTableReader restarted = reader("1");
    restarted.open(checkpoint);
    assertThrows(MalformedRecordException.class, restarted::readItem);
    InboundItem.Upsert b5 = (InboundItem.Upsert) restarted.readItem();
    assertEquals(Instant.parse("2026-12-01T00:00:00Z"), b5.record().version(), "Beijing time");
    assertNull(restarted.readItem());
    assertEquals(
        "READ=3 WRITTEN=0 STALE=0 REJECTED=1 OUTSIDE_WINDOW=0 FILES=0 REFUSED_FILES=0",
        contexts.step.get("getTransientUserData").toString(),
        "the skipped row counted once: the first run's skip did not commit");
  }

  @Test
  void withoutTheStagingParameterItReadsNothing() {
    rows.add(new StagedRow(1, "{\"basic_code\":\"B1\",\"updated_at\":\"2026-12-01T00:00:00Z\"}"));
    StagingTableReader reader = reader("0");
    reader.open(null);
    assertNull(reader.readItem());
    assertEquals(List.of(), expected);
  }
}
