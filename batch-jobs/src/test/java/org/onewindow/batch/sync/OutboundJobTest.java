package org.onewindow.batch.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.batch.sync.format.FileCheck;
import org.onewindow.batch.sync.format.Manifest;
import org.onewindow.common.StateConflictException;
import org.onewindow.exchange.ExchangeChange;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.matter.service.MatterExchangeService;
import org.onewindow.sync.service.ExchangeAreaService;
import org.onewindow.sync.service.SyncCursorService;
import org.onewindow.sync.service.SyncCursorView;

/**
 * The exchange-area writer (004 7.3) as JBeret drives it, with fakes for the feed and the cursor
 * table: one file and manifest per batch with the right SM3; the cursor moved with each batch; a
 * batch whose files were written before a crash (its cursor rolled back) written again under the
 * same number with the same records, however many changes arrived meanwhile.
 */
class OutboundJobTest {

  @TempDir Path area;

  final List<ExchangeChange> feed = new ArrayList<>();

  /** The committed cursor rows; a test rolls back by restoring a copy. */
  Map<String, SyncCursorView> cursors = new HashMap<>();

  FakeContexts contexts;

  @BeforeEach
  void contexts() {
    contexts = new FakeContexts();
  }

  private void change(long seq) {
    feed.add(
        new ExchangeChange(
            seq,
            new ExchangeRecord(
                "B" + seq,
                Instant.parse("2026-12-01T00:00:00Z").plusSeconds(seq),
                Map.of("basic_code", "B" + seq, "name", "事项" + seq))));
  }

  private final MatterExchangeService matters =
      new MatterExchangeService() {
        @Override
        public List<ExchangeChange> catalogueChanges(long afterSequence, int limit) {
          return feed.stream().filter(c -> c.sequence() > afterSequence).limit(limit).toList();
        }
      };

  private final SyncCursorService cursorService =
      new SyncCursorService() {
        @Override
        public SyncCursorView cursor(String name) {
          return cursors.getOrDefault(name, new SyncCursorView(name, 0, 0, 0, null));
        }

        @Override
        public SyncCursorView advance(String name, long from, long lastSequence, long records) {
          SyncCursorView now = cursor(name);
          if (now.position() != from) {
            throw StateConflictException.keyed("sync.cursor.moved", name, from, now.position());
          }
          SyncCursorView next =
              new SyncCursorView(
                  name, lastSequence, now.batches() + 1, now.records() + records, Instant.now());
          cursors.put(name, next);
          return next;
        }
      };

  private FeedChangesReader reader() {
    FeedChangesReader reader = new FeedChangesReader();
    reader.matters = matters;
    reader.cursors = cursorService;
    reader.step = contexts.step();
    reader.feed = "catalogue";
    reader.target = "exchange";
    return reader;
  }

  private ExchangeOutboundWriter writer() {
    ExchangeOutboundWriter writer = new ExchangeOutboundWriter();
    writer.area =
        new ExchangeAreaService() {
          @Override
          public Path exchangeDirectory() {
            return area;
          }
        };
    writer.cursors = cursorService;
    writer.job = contexts.job();
    writer.step = contexts.step();
    writer.feed = "catalogue";
    return writer;
  }

  private static List<Object> chunk(FeedChangesReader reader, int n) {
    List<Object> items = new ArrayList<>();
    while (items.size() < n) {
      Object item = reader.readItem();
      if (item == null) {
        break;
      }
      items.add(item);
    }
    return items;
  }

  private Path batch(long number) {
    return area.resolve("outbound/catalogue")
        .resolve(String.format("catalogue-%010d.jsonl", number));
  }

  @Test
  void eachChunkIsOneBatchWithAManifestAndTheCursorMovesWithIt() throws IOException {
    for (long seq = 1; seq <= 5; seq++) {
      change(seq);
    }
    FeedChangesReader reader = reader();
    ExchangeOutboundWriter writer = writer();
    reader.open(null);
    writer.writeItems(chunk(reader, 2));
    reader.checkpointInfo();
    writer.writeItems(chunk(reader, 2));
    reader.checkpointInfo();
    writer.writeItems(chunk(reader, 2));
    reader.checkpointInfo();
    assertTrue(chunk(reader, 2).isEmpty());

    assertEquals(5, cursors.get("exchange:catalogue").position());
    assertEquals(3, cursors.get("exchange:catalogue").batches());
    byte[] first = Files.readAllBytes(batch(1));
    Manifest manifest = Manifest.read(Manifest.of(batch(1)));
    assertEquals(2, manifest.records());
    assertEquals(FileCheck.sm3Hex(first), manifest.sm3());
    assertEquals("UTF-8", manifest.encoding());
    String text = new String(first, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith("{\"_seq\":1,\"_key\":\"B1\",\"_version\":\"2026-12-01T00:00:01Z\","),
        text);
    assertTrue(text.contains("\"basic_code\":\"B1\"") && text.contains("事项2"), text);
    assertEquals(1, Manifest.read(Manifest.of(batch(3))).records());
    try (var files = Files.list(area.resolve("outbound/catalogue"))) {
      assertFalse(files.anyMatch(f -> f.toString().endsWith(".tmp")), "no temp file left");
    }
    assertEquals("RECORDS=5 BATCHES=3 REJECTED=0", contexts.step.get("getExitStatus"));
  }

  @Test
  void aBatchWrittenBeforeACrashIsWrittenAgainUnderItsNumberWithItsRecords() throws IOException {
    for (long seq = 1; seq <= 3; seq++) {
      change(seq);
    }
    FeedChangesReader reader = reader();
    reader.open(null);
    writer().writeItems(chunk(reader, 10));
    byte[] before = Files.readAllBytes(batch(1));
    cursors.clear(); // the node died before the commit: the cursor never moved

    change(4);
    change(5); // the feed grew meanwhile
    contexts = new FakeContexts();
    FeedChangesReader restarted = reader();
    restarted.open(null);
    writer().writeItems(chunk(restarted, 10));
    assertArrayEquals(before, Files.readAllBytes(batch(1)), "batch 1 again, as it was");
    assertEquals(2, Manifest.read(Manifest.of(batch(2))).records(), "the rest is batch 2");
    assertEquals(5, cursors.get("exchange:catalogue").position());
    assertEquals(2, cursors.get("exchange:catalogue").batches());
  }

  @Test
  void theEvaluationFeedIsEmptyUntilItsCapabilityLands() {
    assertEquals(List.of(), OutboundFeed.EVALUATION.changes(matters, null, 0, 10));
  }
}
