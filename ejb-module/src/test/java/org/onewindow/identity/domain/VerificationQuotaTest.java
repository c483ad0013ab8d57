package org.onewindow.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The code verifiers' rate limit (000 8.1.2 k): N per verifier in any minute, cluster-wide. */
class VerificationQuotaTest {

  private static final Instant T0 = Instant.parse("2026-12-07T03:00:00Z");

  @Test
  void aVerifierGetsItsLimitInAMinuteAndThenNoMore() {
    VerificationQuota quota = new VerificationQuota(new ConcurrentHashMap<>());
    for (int i = 0; i < VerificationQuota.PER_MINUTE; i++) {
      assertTrue(quota.take("address:192.0.2.1", T0.plusMillis(i)), "verification " + (i + 1));
    }
    assertFalse(quota.take("address:192.0.2.1", T0.plusSeconds(30)));
    // Another verifier has its own budget.
    assertTrue(quota.take("account:clerk", T0.plusSeconds(30)));
  }

  @Test
  void aSlotIsFreeAgainAMinuteAfterItWasTaken() {
    VerificationQuota quota = new VerificationQuota(new ConcurrentHashMap<>(), 2);
    assertTrue(quota.take("v", T0));
    assertTrue(quota.take("v", T0.plusSeconds(10)));
    assertFalse(quota.take("v", T0.plusSeconds(59)));
    // The first slot lapses at T0 + 60 s, the second only at T0 + 70 s: a sliding minute.
    assertTrue(quota.take("v", T0.plusSeconds(60)));
    assertFalse(quota.take("v", T0.plusSeconds(65)));
    assertTrue(quota.take("v", T0.plusSeconds(70)));
  }

  @Test
  void theSharedMapHoldsDigestsNotTheVerifier() {
    ConcurrentMap<String, Long> slots = new ConcurrentHashMap<>();
    new VerificationQuota(slots).take("address:192.0.2.1", T0);
    assertEquals(1, slots.size());
    assertFalse(slots.keySet().iterator().next().contains("192.0.2.1"), slots.toString());
  }

  @Test
  void callersAtOnceNeverGetMoreThanTheLimit() throws InterruptedException {
    // Two nodes' callers racing on one shared map: putIfAbsent decides each slot once.
    VerificationQuota quota = new VerificationQuota(new ConcurrentHashMap<>(), 10);
    AtomicInteger admitted = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> callers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Thread caller =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                for (int i = 0; i < 5; i++) {
                  if (quota.take("v", T0)) {
                    admitted.incrementAndGet();
                  }
                }
              });
      caller.start();
      callers.add(caller);
    }
    start.countDown();
    for (Thread caller : callers) {
      caller.join();
    }
    assertEquals(10, admitted.get(), "40 attempts, 10 slots");
  }
}
