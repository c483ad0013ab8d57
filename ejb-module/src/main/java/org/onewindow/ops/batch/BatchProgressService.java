package org.onewindow.ops.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.OptionalLong;

/**
 * How many items a running step expects, so that the jobs console can draw a progress bar from the
 * step's read count (a reader that knows its total — a file's records, a feed's backlog — says so
 * when it opens).
 *
 * <p>CONTRACT STUB — the jobs console replaces the bodies.
 */
@Stateless
@PermitAll
public class BatchProgressService {

  /** Records, in a transaction of its own, that a step of an execution expects {@code total}. */
  public void expect(long executionId, String step, long total) {
    throw new UnsupportedOperationException("jobs console pending");
  }

  /** What the step said it expects, if it did. */
  public OptionalLong expected(long executionId, String step) {
    throw new UnsupportedOperationException("jobs console pending");
  }
}
