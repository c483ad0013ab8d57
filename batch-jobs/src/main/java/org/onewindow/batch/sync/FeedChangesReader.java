package org.onewindow.batch.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.onewindow.casework.service.CaseExchangeService;
import org.onewindow.exchange.ExchangeChange;
import org.onewindow.matter.service.MatterExchangeService;
import org.onewindow.sync.service.SyncCursorService;

/**
 * A feed's changes after its cursor ({@code ow_sync_cursor}, named {@code <target>:<feed>}), in
 * sequence order: a chunk is one batch. The cursor — not the checkpoint — says where a run starts,
 * a restart included: the writer moves it in the batch's transaction. The checkpoint carries the
 * step's counts.
 */
@Named("syncFeedReader")
@Dependent
public class FeedChangesReader extends AbstractItemReader {

  static final int PAGE = 1_000;

  @EJB MatterExchangeService matters;

  @EJB CaseExchangeService cases;

  @EJB SyncCursorService cursors;

  @Inject StepContext step;

  @Inject
  @BatchProperty(name = "feed")
  String feed;

  /** {@code exchange} or {@code upward}. */
  @Inject
  @BatchProperty(name = "target")
  String target;

  private OutboundFeed outbound;
  private OutboundTally tally;
  private long position;
  private final Deque<ExchangeChange> page = new ArrayDeque<>();

  static String cursorName(String target, OutboundFeed feed) {
    return target + ":" + feed.feedName();
  }

  @Override
  public void open(Serializable checkpoint) {
    outbound = OutboundFeed.named(feed);
    tally = checkpoint == null ? new OutboundTally() : ((OutboundTally) checkpoint).copy();
    position = cursors.cursor(cursorName(target, outbound)).position();
    tally.chunkStart = position;
    step.setTransientUserData(tally);
  }

  @Override
  public Object readItem() {
    if (page.isEmpty()) {
      page.addAll(outbound.changes(matters, cases, position, PAGE));
    }
    ExchangeChange next = page.poll();
    if (next == null) {
      return null;
    }
    position = next.sequence();
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    tally.chunkStart = position; // the next chunk begins where this one ends
    return tally.copy();
  }
}
