package org.onewindow.web.sandbox;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * SANDBOX: what the sandbox received (the last batches, for its page) and the TEST-ONLY
 * misbehaviour it was told to show: fail the next {@code n} batches with a status, or answer them
 * after a delay. One per node, in memory.
 */
final class SandboxState {

  /** One received batch as the page shows it. */
  record Received(Instant at, String feed, long batch, int records, int rejected, String outcome) {}

  static final SandboxState INSTANCE = new SandboxState();

  private final Deque<Received> received = new ArrayDeque<>();
  private int failStatus;
  private int failTimes;
  private long delayMillis;
  private int delayTimes;

  /** TEST-ONLY: the next {@code times} batches answer {@code status}. */
  synchronized void failNext(int status, int times) {
    failStatus = status;
    failTimes = times;
  }

  /** TEST-ONLY: the next {@code times} batches are answered after {@code millis}. */
  synchronized void delayNext(long millis, int times) {
    delayMillis = millis;
    delayTimes = times;
  }

  synchronized void reset() {
    failTimes = 0;
    delayTimes = 0;
    received.clear();
  }

  /** The status to fail this batch with, or 0. */
  synchronized int takeFailure() {
    if (failTimes > 0) {
      failTimes--;
      return failStatus;
    }
    return 0;
  }

  synchronized long takeDelay() {
    if (delayTimes > 0) {
      delayTimes--;
      return delayMillis;
    }
    return 0;
  }

  synchronized void record(Received batch) {
    received.addFirst(batch);
    while (received.size() > 100) {
      received.removeLast();
    }
  }

  synchronized List<Received> received() {
    return new ArrayList<>(received);
  }
}
