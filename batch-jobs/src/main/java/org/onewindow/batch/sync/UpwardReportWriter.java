package org.onewindow.batch.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.onewindow.common.Message;
import org.onewindow.exchange.ExchangeChange;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.ops.batch.BatchRejectionService;
import org.onewindow.sync.domain.RecordVerdict;
import org.onewindow.sync.service.SyncCursorService;
import org.onewindow.sync.service.UpperPlatformService;

/**
 * 上报 (002 6.2 b–d): reports a chunk to the upper platform as the feed's next batch, keeps each
 * record it rejected with its reason, and moves the feed's cursor in the chunk's transaction. When
 * the upper platform does not take the batch after the bounded retries, the exception rolls the
 * chunk back and fails the step with the cursor where it was: a restart reports the batch again
 * (the upper platform's upsert by key makes a repeat harmless).
 */
@Named("syncUpwardWriter")
@Dependent
public class UpwardReportWriter extends AbstractItemWriter {

  @EJB UpperPlatformService upper;

  @EJB SyncCursorService cursors;

  @EJB BatchRejectionService rejections;

  @Inject JobContext job;

  @Inject StepContext step;

  @Inject
  @BatchProperty(name = "feed")
  String feed;

  @Override
  public void writeItems(List<Object> items) {
    OutboundFeed outbound = OutboundFeed.named(feed);
    OutboundTally tally = (OutboundTally) step.getTransientUserData();
    List<ExchangeChange> changes = items.stream().map(ExchangeChange.class::cast).toList();
    String cursor = FeedChangesReader.cursorName("upward", outbound);
    long batch = cursors.cursor(cursor).nextBatch();
    List<ExchangeRecord> records = changes.stream().map(ExchangeChange::record).toList();
    List<RecordVerdict> verdicts = upper.report(outbound.feedName(), batch, records);
    for (int i = 0; i < verdicts.size(); i++) {
      RecordVerdict verdict = verdicts.get(i);
      if (!verdict.accepted()) {
        tally.rejected++;
        ExchangeRecord record = records.get(i);
        Rejections.keep(
            rejections,
            job,
            step,
            record.key(),
            Message.of("sync.upward.rejected", verdict.reason()),
            Excerpts.masked(record.fields(), "_key"));
      }
    }
    long last = changes.get(changes.size() - 1).sequence();
    cursors.advance(cursor, tally.chunkStart, last, changes.size());
    tally.records += changes.size();
    tally.batches++;
    step.setExitStatus(tally.summary());
  }
}
