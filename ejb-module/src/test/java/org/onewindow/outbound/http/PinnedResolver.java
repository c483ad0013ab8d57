package org.onewindow.outbound.http;

import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.DnsResolver;

/**
 * A resolver that answers every host with the same addresses — what the platform's guarded resolver
 * returns after checking them — and counts how often it was asked. No DNS.
 */
final class PinnedResolver implements DnsResolver {

  private final List<InetAddress> addresses;
  private final AtomicInteger lookups = new AtomicInteger();

  PinnedResolver(InetAddress... addresses) {
    this.addresses = List.of(addresses);
  }

  @Override
  public InetAddress[] resolve(String host) {
    lookups.incrementAndGet();
    return addresses.toArray(InetAddress[]::new);
  }

  @Override
  public String resolveCanonicalHostname(String host) {
    return host;
  }

  int lookups() {
    return lookups.get();
  }
}
