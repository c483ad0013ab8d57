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
   * @param excerpt the record as a rejection may show it (masked where personal)
   */
  record Upsert(ExchangeRecord record, String source, String excerpt) implements InboundItem {}

  /** Something refused whole (a file whose digest does not match), kept as a rejection. */
  record Refusal(String source, Message reason, String excerpt) implements InboundItem {}
}
