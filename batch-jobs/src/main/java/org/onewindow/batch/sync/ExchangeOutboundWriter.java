package org.onewindow.batch.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.onewindow.exchange.ExchangeChange;
import org.onewindow.sync.service.ExchangeAreaService;
import org.onewindow.sync.service.SyncCursorService;
import org.onewindow.sync.service.SyncCursorView;

/**
 * Writes a chunk as the feed's next batch in {@code <exchange area>/outbound/<feed>/} and moves the
 * feed's cursor past it in the chunk's transaction (004 7.3). The files are in place before the
 * commit: a crash in between leaves a batch whose cursor did not move, which the restart writes
 * again under the same number — never a lost batch nor a second number for the same records. If
 * that batch's manifest was already written, the redo keeps to the records it listed and the rest
 * of the chunk becomes the next batch, so the collector never sees one number with two contents
 * (unless a record changed again in between and so left the earlier batch's range).
 */
@Named("syncExchangeWriter")
@Dependent
public class ExchangeOutboundWriter extends AbstractItemWriter {

  @EJB ExchangeAreaService area;

  @EJB SyncCursorService cursors;

  @Inject JobContext job;

  @Inject StepContext step;

  @Inject
  @BatchProperty(name = "feed")
  String feed;

  @Override
  public void writeItems(List<Object> items) throws IOException {
    OutboundFeed outbound = OutboundFeed.named(feed);
    OutboundTally tally = (OutboundTally) step.getTransientUserData();
    List<ExchangeChange> changes = items.stream().map(ExchangeChange.class::cast).toList();
    Path directory = area.exchangeDirectory().resolve("outbound").resolve(outbound.feedName());
    String cursor = FeedChangesReader.cursorName("exchange", outbound);
    long from = tally.chunkStart;
    while (!changes.isEmpty()) {
      SyncCursorView view = cursors.cursor(cursor);
      long batch = view.nextBatch();
      long through = ExchangeBatchFile.writtenThrough(directory, outbound, batch);
      List<ExchangeChange> part = changes;
      if (through >= 0) {
        final long limit = through;
        List<ExchangeChange> earlier = changes.stream().filter(c -> c.sequence() <= limit).toList();
        if (!earlier.isEmpty()) {
          part = earlier;
        }
      }
      ExchangeBatchFile.write(directory, outbound, batch, part);
      long last = part.get(part.size() - 1).sequence();
      cursors.advance(cursor, from, last, part.size());
      tally.records += part.size();
      tally.batches++;
      from = last;
      changes = changes.subList(part.size(), changes.size());
    }
    step.setExitStatus(tally.summary());
  }
}
