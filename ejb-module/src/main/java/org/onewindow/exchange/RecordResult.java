package org.onewindow.exchange;

import java.io.Serializable;
import org.onewindow.common.Message;

/**
 * The outcome of one record of an upsert.
 *
 * @param key the record's natural key as read
 * @param outcome what was done
 * @param reason why it was rejected (a message of the capability's bundle); null otherwise
 */
public record RecordResult(String key, RecordOutcome outcome, Message reason)
    implements Serializable {

  public static RecordResult written(String key) {
    return new RecordResult(key, RecordOutcome.WRITTEN, null);
  }

  public static RecordResult stale(String key) {
    return new RecordResult(key, RecordOutcome.STALE, null);
  }

  public static RecordResult rejected(String key, Message reason) {
    return new RecordResult(key, RecordOutcome.REJECTED, reason);
  }
}
