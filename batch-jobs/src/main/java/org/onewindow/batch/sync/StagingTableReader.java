package org.onewindow.batch.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.logging.Logger;
import org.onewindow.batch.sync.format.RawRecord;
import org.onewindow.common.Message;
import org.onewindow.ops.batch.BatchProgressService;
import org.onewindow.sync.service.StagedRow;
import org.onewindow.sync.service.SyncStagingService;

/**
 * The rows of the staging table {@code ow_sync_staging} (the exchange area as a table, 004 7.1) of
 * one feed staged within the window [{@code since}, {@code until}) (epoch seconds), in sequence
 * order; reads only when the job parameter {@code staging} is 1. The checkpoint is the last
 * sequence read with the step's counts ({@link StagingCheckpoint}).
 */
@Named("syncStagingReader")
@Dependent
public class StagingTableReader extends AbstractItemReader {

  private static final Logger LOG = Logger.getLogger(StagingTableReader.class.getName());

  static final int PAGE = 500;

  /** Made once: {@code Json.createReader} looks the provider up at every call. */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  @EJB SyncStagingService staging;

  @EJB BatchProgressService progress;

  @Inject JobContext job;

  @Inject StepContext step;

  @Inject
  @BatchProperty(name = "feed")
  String feed;

  @Inject
  @BatchProperty(name = "enabled")
  String enabled;

  @Inject
  @BatchProperty(name = "since")
  String since;

  @Inject
  @BatchProperty(name = "until")
  String until;

  private InboundFeed inbound;
  private Window window;
  private StagingCheckpoint position;
  private final Deque<StagedRow> page = new ArrayDeque<>();

  @Override
  public void open(Serializable checkpoint) {
    inbound = InboundFeed.named(feed);
    window = Window.of(since, until);
    position =
        checkpoint == null ? new StagingCheckpoint() : ((StagingCheckpoint) checkpoint).copy();
    step.setTransientUserData(position.tally);
    if (checkpoint == null && on()) {
      long total = staging.count(feed, 0, window.since(), window.until());
      try {
        progress.expect(job.getExecutionId(), step.getStepName(), total);
      } catch (RuntimeException e) {
        LOG.warning(() -> "progress of " + job.getExecutionId() + " not recorded: " + e);
      }
    }
  }

  private boolean on() {
    return "1".equals(enabled == null ? "" : enabled.strip());
  }

  @Override
  public Object readItem() {
    if (!on()) {
      return null;
    }
    if (page.isEmpty()) {
      page.addAll(staging.rows(feed, position.seq, window.since(), window.until(), PAGE));
    }
    StagedRow row = page.poll();
    if (row == null) {
      return null;
    }
    position.seq = row.seq();
    position.tally.read++;
    String where = "staging:" + feed + ":" + row.seq();
    RawRecord raw;
    try (JsonReader reader = READERS.createReader(new StringReader(row.payload()))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new JsonException("not a JSON object");
      }
      raw = RawRecord.of(row.seq(), fieldsOf(value), row.payload());
    } catch (JsonException e) {
      position.tally.rejected++;
      throw new MalformedRecordException(
          where,
          Message.of("sync.record.unparseable", row.seq(), e.getMessage()),
          inbound.personal() ? "" : RawRecord.malformed(0, "", row.payload()).excerpt());
    }
    try {
      return new InboundItem.Upsert(inbound.record(raw, where), where, inbound);
    } catch (MalformedRecordException e) {
      position.tally.rejected++;
      throw e;
    }
  }

  private static java.util.Map<String, String> fieldsOf(JsonValue value) {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    value
        .asJsonObject()
        .forEach(
            (name, field) ->
                fields.put(
                    name,
                    switch (field.getValueType()) {
                      case STRING -> ((jakarta.json.JsonString) field).getString();
                      case NULL -> null;
                      default -> field.toString();
                    }));
    return fields;
  }

  @Override
  public Serializable checkpointInfo() {
    return position.copy();
  }
}
