package org.onewindow.appcenter.service;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class GatewayServiceNoncesTest {

  /** The shape of WildFly's lazy cache reference: a map that also supplies the real cache. */
  static final class LazyReference extends ConcurrentHashMap<String, Long>
      implements Supplier<ConcurrentMap<String, Long>> {
    final ConcurrentMap<String, Long> cache = new ConcurrentHashMap<>();

    @Override
    public ConcurrentMap<String, Long> get() {
      return cache;
    }
  }

  @Test
  void aLazyReferenceIsResolvedToItsCacheOnce() {
    LazyReference reference = new LazyReference();
    assertSame(reference.cache, GatewayService.resolved(reference));
  }

  @Test
  void anyOtherMapIsUsedAsItIs() {
    ConcurrentMap<String, Long> plain = new ConcurrentHashMap<>();
    assertSame(plain, GatewayService.resolved(plain));
  }
}
