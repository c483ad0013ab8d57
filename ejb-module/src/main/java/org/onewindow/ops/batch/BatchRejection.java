package org.onewindow.ops.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

  /** Separates the reason's arguments (a control character no bundle argument contains). */
  private static final String UNIT = "\u001f";

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

  @Column(length = 2_000)
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
    List<String> arguments = new ArrayList<>();
    reason.arguments().forEach(argument -> arguments.add(String.valueOf(argument)));
    rejection.reasonArguments =
        arguments.isEmpty() ? null : cut(String.join(UNIT, arguments), 2_000);
    rejection.excerpt = excerpt == null ? null : cut(excerpt, EXCERPT);
    rejection.keptAt = now;
    return rejection;
  }

  /** The reason as it was given (arguments as their text). */
  Message reason() {
    Object[] arguments = reasonArguments == null ? new Object[0] : reasonArguments.split(UNIT, -1);
    return Message.of(reasonKey, arguments);
  }

  BatchRejectionView view(Locale language) {
    return new BatchRejectionView(
        id, executionId, jobName, step, recordKey, reason().in(language), excerpt, keptAt);
  }

  static String cut(String text, int most) {
    return text.length() <= most ? text : text.substring(0, most);
  }
}
