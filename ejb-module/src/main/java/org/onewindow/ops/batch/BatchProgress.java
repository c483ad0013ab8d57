package org.onewindow.ops.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** How many items a step of an execution said it expects (its reader's total). */
@Entity
@Table(name = "ow_batch_progress")
@IdClass(BatchProgress.Key.class)
public class BatchProgress {

  @Id private long executionId;

  @Id
  @Column(length = 128)
  private String step;

  @Column(nullable = false)
  private long expected;

  @Column(nullable = false)
  private Instant saidAt;

  protected BatchProgress() {}

  BatchProgress(long executionId, String step, long expected, Instant now) {
    this.executionId = executionId;
    this.step = step;
    expect(expected, now);
  }

  void expect(long total, Instant now) {
    this.expected = total;
    this.saidAt = now;
  }

  long expected() {
    return expected;
  }

  /** The composite key: one figure per step of an execution. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private long executionId;
    private String step;

    public Key() {}

    public Key(long executionId, String step) {
      this.executionId = executionId;
      this.step = step;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.executionId == executionId
          && Objects.equals(key.step, step);
    }

    @Override
    public int hashCode() {
      return Objects.hash(executionId, step);
    }
  }
}
