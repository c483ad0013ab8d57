package org.onewindow.batch.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.casework.service.CaseExchangeService;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.RecordResult;
import org.onewindow.matter.service.MatterExchangeService;
import org.onewindow.ops.batch.BatchRejectionService;

/**
 * Upserts a chunk's records through the capability's service in the chunk's transaction (idempotent
 * by natural key, older never over newer: the services' rule), keeps each refusal with its reason,
 * and counts exactly: the counts live in the reader's checkpoint, which commits with this work.
 */
@Named("syncInboundWriter")
@Dependent
public class InboundWriter extends AbstractItemWriter {

  @EJB MatterExchangeService matters;

  @EJB CaseExchangeService cases;

  @EJB BatchRejectionService rejections;

  @Inject JobContext job;

  @Inject StepContext step;

  @Inject
  @BatchProperty(name = "feed")
  String feed;

  @Override
  public void writeItems(List<Object> items) {
    InboundTally tally = (InboundTally) step.getTransientUserData();
    List<InboundItem.Upsert> upserts = new ArrayList<>(items.size());
    for (Object item : items) {
      if (item instanceof InboundItem.Upsert upsert) {
        upserts.add(upsert);
      } else if (item instanceof InboundItem.Refusal refusal) {
        Rejections.keep(
            rejections, job, step, refusal.source(), refusal.reason(), refusal.excerpt());
      }
    }
    if (!upserts.isEmpty()) {
      List<ExchangeRecord> records = upserts.stream().map(InboundItem.Upsert::record).toList();
      List<RecordResult> results =
          InboundFeed.named(feed) == InboundFeed.CATALOGUE
              ? matters.upsertCatalogue(records)
              : cases.upsertCases(records);
      if (results.size() != records.size()) {
        throw new IllegalStateException(
            "the upsert answered " + results.size() + " results for " + records.size());
      }
      for (int i = 0; i < results.size(); i++) {
        RecordResult result = results.get(i);
        switch (result.outcome()) {
          case WRITTEN -> tally.written++;
          case STALE -> tally.stale++;
          case REJECTED -> {
            tally.rejected++;
            InboundItem.Upsert upsert = upserts.get(i);
            // By its natural key; where it was read leads the excerpt.
            Rejections.keep(
                rejections,
                job,
                step,
                upsert.record().key(),
                result.reason(),
                upsert.source() + " " + upsert.excerpt());
          }
        }
      }
    }
    step.setExitStatus(tally.summary());
    job.setExitStatus(tally.summary());
  }
}
