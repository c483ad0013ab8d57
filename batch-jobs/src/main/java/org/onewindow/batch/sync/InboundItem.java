package org.onewindow.batch.sync;

import java.io.Serializable;
import org.onewindow.common.Message;
import org.onewindow.exchange.ExchangeRecord;

/** What the inbound readers hand the writer. */
public sealed interface InboundItem extends Serializable {

  /**
   * A record to upsert.
   *
   * @param source where it was read ({@code file:n}, {@code staging:feed:seq})
   * @param feed the feed it was read for, which says how an excerpt of it is masked
   */
  record Upsert(ExchangeRecord record, String source, InboundFeed feed) implements InboundItem {

    /**
     * The record as a rejection may show it (masked where personal): made only for the few records
     * refused, not for every record read (masking every record profiled as a fifth of reading).
     */
    public String excerpt() {
      return feed.excerpt(record.fields());
    }
  }

  /** Something refused whole (a file whose digest does not match), kept as a rejection. */
  record Refusal(String source, Message reason, String excerpt) implements InboundItem {}
}
