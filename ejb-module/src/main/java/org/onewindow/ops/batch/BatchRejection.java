package org.onewindow.ops.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.onewindow.common.Message;

/**
 * A record a batch execution rejected, with its reason kept as the key and arguments of a message
 * (read in the reader's language when shown, not frozen in the language of the night it ran).
 */
@Entity
@Table(
    name = "ow_batch_rejection",
    indexes = @Index(name = "ow_batch_rejection_execution", columnList = "executionId, id"))
public class BatchRejection {

  /** How much of a record is kept: enough to find it again, not a copy of the file. */
  static final int EXCERPT = 2_000;

  static final int KEY = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private long executionId;

  @Column(nullable = false, length = 128)
  private String jobName;

  @Column(nullable = false, length = 128)
  private String step;

  @Column(nullable = false, length = KEY)
  private String recordKey;

  @Column(nullable = false, length = 200)
  private String reasonKey;

  /** The reason's arguments in the form {@link ReasonArguments} keeps them. */
  @Column(length = ReasonArguments.MOST)
  private String reasonArguments;

  @Column(length = EXCERPT)
  private String excerpt;

  @Column(nullable = false)
  private Instant keptAt;

  protected BatchRejection() {}

  static BatchRejection of(
      long executionId,
      String jobName,
      String step,
      String recordKey,
      Message reason,
      String excerpt,
      Instant now) {
    BatchRejection rejection = new BatchRejection();
    rejection.executionId = executionId;
    rejection.jobName = jobName;
    rejection.step = step;
    rejection.recordKey = cut(recordKey == null ? "" : recordKey, KEY);
    rejection.reasonKey = reason.key();
    rejection.reasonArguments = ReasonArguments.keep(reason.arguments());
    rejection.excerpt = excerpt == null ? null : cut(excerpt, EXCERPT);
    rejection.keptAt = now;
    return rejection;
  }

  /** The reason as it was given, to be read in any language. */
  Message reason() {
    return Message.of(reasonKey, ReasonArguments.read(reasonArguments));
  }

  /** The rejection as {@code language}'s reader sees it: the reason read in that language. */
  BatchRejectionView view(Locale language) {
    return new BatchRejectionView(
        id, executionId, jobName, step, recordKey, reason().in(language), excerpt, keptAt);
  }

  static String cut(String text, int most) {
    return text.length() <= most ? text : text.substring(0, most);
  }
}
