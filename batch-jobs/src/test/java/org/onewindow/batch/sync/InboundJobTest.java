package org.onewindow.batch.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
import org.onewindow.casework.service.CaseExchangeService;
import org.onewindow.common.Message;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.RecordResult;
import org.onewindow.ops.batch.BatchProgressService;
import org.onewindow.ops.batch.BatchRejectionService;
import org.onewindow.sync.service.ExchangeAreaService;

/**
 * The inbound file reader and writer as JBeret drives them, with fakes for the services: exact
 * counts, rejections kept with their reasons, a refused file, and a restart from a serialized
 * checkpoint that neither loses nor repeats a record.
 */
class InboundJobTest {

  @TempDir Path area;

  /** The cases the fake casework keeps: key → version (older never over newer). */
  final Map<String, Instant> kept = new HashMap<>();

  final List<String> rejections = new ArrayList<>();
  final List<Long> expected = new ArrayList<>();
  FakeContexts contexts;
  Path inbox;

  @BeforeEach
  void inbox() throws IOException {
    inbox = Files.createDirectories(area.resolve("inbound/cases"));
    contexts = new FakeContexts();
  }

  private ExchangeFileReader reader() {
    ExchangeFileReader reader = new ExchangeFileReader();
    reader.area =
        new ExchangeAreaService() {
          @Override
          public Path exchangeDirectory() {
            return area;
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
    reader.feed = "cases";
    return reader;
  }

  private InboundWriter writer() {
    InboundWriter writer = new InboundWriter();
    writer.cases =
        new CaseExchangeService() {
          @Override
          public List<RecordResult> upsertCases(List<ExchangeRecord> records) {
            List<RecordResult> results = new ArrayList<>();
            for (ExchangeRecord record : records) {
              if (record.field("matter_code") == null) {
                results.add(
                    RecordResult.rejected(
                        record.key(), Message.of("casework.missing", "matter_code")));
              } else if (kept.containsKey(record.key())
                  && !record.version().isAfter(kept.get(record.key()))) {
                results.add(RecordResult.stale(record.key()));
              } else {
                kept.put(record.key(), record.version());
                results.add(RecordResult.written(record.key()));
              }
            }
            return results;
          }
        };
    writer.rejections = keeper();
    writer.job = contexts.job();
    writer.step = contexts.step();
    writer.feed = "cases";
    return writer;
  }

  private BatchRejectionService keeper() {
    return new BatchRejectionService() {
      @Override
      public void keep(
          long executionId,
          String jobName,
          String step,
          String key,
          Message reason,
          String excerpt) {
        rejections.add(key + " " + reason.key() + " " + excerpt);
      }
    };
  }

  private RejectionKeeper skipKeeper() {
    RejectionKeeper keeper = new RejectionKeeper();
    keeper.rejections = keeper();
    keeper.job = contexts.job();
    keeper.step = contexts.step();
    return keeper;
  }

  private void drop(String name, String text, Charset charset, String digest) throws IOException {
    byte[] bytes = text.getBytes(charset);
    Files.write(inbox.resolve(name), bytes);
    long lines = text.lines().filter(l -> !l.isBlank()).count();
    Files.write(
        Manifest.of(inbox.resolve(name)),
        new Manifest(name, lines, digest == null ? FileCheck.sm3Hex(bytes) : digest, null).bytes());
  }

  private static String line(String key, String version, String matter) {
    return "{\"case_no\":\""
        + key
        + "\",\"updated_at\":\""
        + version
        + "\",\"applicant_name\":\"张三\""
        + (matter == null ? "" : ",\"matter_code\":\"" + matter + "\"")
        + "}\n";
  }

  /** Reads up to n items as one chunk, keeping skipped ones as JBeret's skip does. */
  private List<Object> chunk(ExchangeFileReader reader, int n) throws IOException {
    List<Object> items = new ArrayList<>();
    while (items.size() < n) {
      Object item;
      try {
        item = reader.readItem();
      } catch (MalformedRecordException skipped) {
        skipKeeper().onSkipReadItem(skipped);
        continue;
      }
      if (item == null) {
        break;
      }
      items.add(item);
    }
    return items;
  }

  private static Serializable roundTrip(Serializable checkpoint) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(checkpoint);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Serializable) in.readObject();
    }
  }

  @Test
  void aRunCountsExactlyKeepsRejectionsAndMovesFinishedFilesAfterTheirCommit() throws Exception {
    drop(
        "a-001.jsonl",
        line("C1", "2026-12-01T10:00:00+08:00", "M1")
            + "{broken\n"
            + line("C2", "2026-12-01 10:00:00", null)
            + line("", "2026-12-01T10:00:00Z", "M1"),
        Charset.forName("GBK"),
        null);
    drop("a-002.jsonl", line("C3", "2026-12-01T10:00:00Z", "M1"), StandardCharsets.UTF_8, null);
    drop(
        "a-003.jsonl",
        line("C4", "2026-12-01T10:00:00Z", "M1"),
        StandardCharsets.UTF_8,
        "00".repeat(32));
    ExchangeFileReader reader = reader();
    InboundWriter writer = writer();
    reader.open(null);
    assertEquals(List.of(4L + 1 + 1), expected, "the manifests' records");

    List<Object> first = chunk(reader, 10);
    writer.writeItems(first);
    reader.checkpointInfo();
    assertTrue(Files.exists(inbox.resolve("a-001.jsonl")), "not moved before the commit");
    assertTrue(chunk(reader, 10).isEmpty());
    reader.close();

    InboundTally tally = (InboundTally) contexts.step.get("getTransientUserData");
    assertEquals(
        "READ=5 WRITTEN=2 STALE=0 REJECTED=3 OUTSIDE_WINDOW=0 FILES=2 REFUSED_FILES=1",
        tally.summary());
    assertEquals(4, rejections.size(), rejections.toString());
    assertTrue(rejections.get(0).startsWith("a-001.jsonl:2 sync.record.unparseable"));
    assertTrue(rejections.get(1).startsWith("a-001.jsonl:4 sync.record.noKey"));
    assertTrue(
        rejections.stream().anyMatch(r -> r.startsWith("a-003.jsonl sync.file.digestMismatch")));
    String refused = rejections.stream().filter(r -> r.startsWith("C2 ")).findFirst().orElseThrow();
    assertTrue(refused.contains("casework.missing"));
    assertFalse(refused.contains("张三"), "personal data masked: " + refused);
    assertTrue(refused.contains("张*(2)"), refused);
    assertTrue(Files.exists(inbox.resolve("done/a-001.jsonl")));
    assertTrue(Files.exists(inbox.resolve("done/a-002.jsonl.manifest.json")));
    assertTrue(Files.exists(inbox.resolve("refused/a-003.jsonl")));
    assertEquals(tally.summary(), contexts.job.get("getExitStatus"));
  }

  @Test
  void aRestartFromTheLastCommittedCheckpointNeitherLosesNorRepeats() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 7; i++) {
      text.append(line("C" + i, "2026-12-01T10:00:0" + i + "Z", "M"));
    }
    drop("b-001.jsonl", text.toString(), StandardCharsets.UTF_8, null);
    drop("b-002.jsonl", line("C8", "2026-12-01T10:00:00Z", "M"), StandardCharsets.UTF_8, null);
    ExchangeFileReader reader = reader();
    reader.open(null);
    writer().writeItems(chunk(reader, 3));
    Serializable committed = roundTrip(reader.checkpointInfo());
    // the next chunk is read and written, then the node dies before its commit
    writer().writeItems(chunk(reader, 3));
    kept.remove("C4");
    kept.remove("C5");
    kept.remove("C6"); // rolled back with the chunk

    contexts = new FakeContexts();
    ExchangeFileReader restarted = reader();
    restarted.open(committed);
    assertEquals(List.of(8L), expected, "the total is said once, at the first start");
    List<Object> rest = chunk(restarted, 100);
    assertEquals(
        List.of("C4", "C5", "C6", "C7", "C8"),
        rest.stream().map(i -> ((InboundItem.Upsert) i).record().key()).toList());
    writer().writeItems(rest);
    restarted.checkpointInfo();
    restarted.close();
    InboundTally tally = (InboundTally) contexts.step.get("getTransientUserData");
    assertEquals(
        "READ=8 WRITTEN=8 STALE=0 REJECTED=0 OUTSIDE_WINDOW=0 FILES=2 REFUSED_FILES=0",
        tally.summary());
  }

  @Test
  void aFileMovedByARunWhoseLastChunkDidNotCommitIsReadOnFromTheCheckpoint() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      text.append(line("D" + i, "2026-12-01T10:00:0" + i + "Z", "M"));
    }
    drop("d-001.jsonl", text.toString(), StandardCharsets.UTF_8, null);
    ExchangeFileReader reader = reader();
    reader.open(null);
    writer().writeItems(chunk(reader, 2));
    Serializable committed = roundTrip(reader.checkpointInfo());
    writer().writeItems(chunk(reader, 10));
    reader.checkpointInfo();
    reader.close(); // closed, then the last commit failed
    assertTrue(Files.exists(inbox.resolve("done/d-001.jsonl")));

    contexts = new FakeContexts();
    ExchangeFileReader restarted = reader();
    restarted.open(committed);
    assertEquals(
        List.of("D3", "D4"),
        chunk(restarted, 10).stream().map(i -> ((InboundItem.Upsert) i).record().key()).toList());
  }

  @Test
  void aSecondRunOfTheSameRecordsIsAllStaleAndTheWindowPassesOverOthers() throws Exception {
    String text = line("C1", "2026-12-01T00:00:00Z", "M") + line("C2", "2026-12-03T00:00:00Z", "M");
    drop("c-001.jsonl", text, StandardCharsets.UTF_8, null);
    ExchangeFileReader reader = reader();
    reader.since = Long.toString(Instant.parse("2026-12-02T00:00:00Z").getEpochSecond());
    reader.open(null);
    writer().writeItems(chunk(reader, 10));
    reader.checkpointInfo();
    assertNull(reader.readItem());
    reader.close();
    assertEquals(
        "READ=2 WRITTEN=1 STALE=0 REJECTED=0 OUTSIDE_WINDOW=1 FILES=1 REFUSED_FILES=0",
        contexts.step.get("getTransientUserData").toString());

    drop("c-002.jsonl", text, StandardCharsets.UTF_8, null);
    contexts = new FakeContexts();
    ExchangeFileReader again = reader();
    again.since = reader.since;
    again.open(null);
    writer().writeItems(chunk(again, 10));
    assertEquals(
        "READ=2 WRITTEN=0 STALE=1 REJECTED=0 OUTSIDE_WINDOW=1 FILES=1 REFUSED_FILES=0",
        contexts.step.get("getTransientUserData").toString());
  }

  @Test
  void aRecordWithoutReadableVersionIsMalformed() {
    assertThrows(
        MalformedRecordException.class,
        () ->
            InboundFeed.CASES.record(
                org.onewindow.batch.sync.format.RawRecord.of(
                    1, Map.of("case_no", "C1", "updated_at", "yesterday"), ""),
                "f:1"));
    assertInstanceOf(
        ExchangeRecord.class,
        InboundFeed.CASES.record(
            org.onewindow.batch.sync.format.RawRecord.of(
                1, Map.of("case_no", "C1", "updated_at", "2026-12-01T08:00:00"), ""),
            "f:1"));
  }
}
