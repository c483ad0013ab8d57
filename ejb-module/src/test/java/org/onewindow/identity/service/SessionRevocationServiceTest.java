package org.onewindow.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SessionRevocationServiceTest {

  /**
   * A map that behaves like the replicated cache on a two-node cluster: operations that carry a
   * function (merge, compute…) fail, because the function must be marshalled to the other member
   * and a lambda has no marshaller; operations that carry values work.
   */
  static final class ClusteredCache extends ConcurrentHashMap<String, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Long merge(
        String key, Long value, BiFunction<? super Long, ? super Long, ? extends Long> f) {
      throw new IllegalStateException("no marshaller for " + f.getClass());
    }

    @Override
    public Long compute(String key, BiFunction<? super String, ? super Long, ? extends Long> f) {
      throw new IllegalStateException("no marshaller for " + f.getClass());
    }

    @Override
    public Long computeIfAbsent(String key, Function<? super String, ? extends Long> f) {
      throw new IllegalStateException("no marshaller for " + f.getClass());
    }

    @Override
    public Long computeIfPresent(
        String key, BiFunction<? super String, ? super Long, ? extends Long> f) {
      throw new IllegalStateException("no marshaller for " + f.getClass());
    }
  }

  private static final Instant T = Instant.parse("2026-12-06T08:00:00Z");

  private final SessionRevocationService service = service(new ClusteredCache());

  private static SessionRevocationService service(ConcurrentHashMap<String, Long> cache) {
    SessionRevocationService service = new SessionRevocationService();
    service.revoked = cache;
    return service;
  }

  @Test
  void aSubjectIsRevokedOnAClusteredCache() {
    service.revokeSubject("user-1", T);

    assertTrue(service.isRevoked(Optional.empty(), Optional.of("user-1"), T.minusSeconds(60)));
    assertTrue(service.isRevoked(Optional.of("sid-9"), Optional.of("user-1"), T));
    assertFalse(service.isRevoked(Optional.empty(), Optional.of("user-1"), T.plusMillis(1)));
    assertFalse(service.isRevoked(Optional.empty(), Optional.of("user-2"), T.minusSeconds(60)));
  }

  @Test
  void aLaterRevocationOfTheSubjectMovesTheInstantOn() {
    service.revokeSubject("user-1", T);
    service.revokeSubject("user-1", T.plusSeconds(30));

    assertTrue(service.isRevoked(Optional.empty(), Optional.of("user-1"), T.plusSeconds(10)));
  }

  @Test
  void anEarlierRevocationOfTheSubjectNeverMovesTheInstantBack() {
    ConcurrentHashMap<String, Long> cache = new ClusteredCache();
    SessionRevocationService withCache = service(cache);
    withCache.revokeSubject("user-1", T.plusSeconds(30));
    withCache.revokeSubject("user-1", T);

    assertEquals(T.plusSeconds(30).toEpochMilli(), cache.get("sub:user-1"));
    assertTrue(withCache.isRevoked(Optional.empty(), Optional.of("user-1"), T.plusSeconds(10)));
  }

  @Test
  void aSessionIsRevokedByItsIdAlone() {
    service.revokeSession("sid-1", T);

    assertTrue(service.isRevoked(Optional.of("sid-1"), Optional.of("user-1"), T.plusSeconds(60)));
    assertFalse(service.isRevoked(Optional.of("sid-2"), Optional.of("user-1"), T.plusSeconds(60)));
  }
}
