package org.onewindow.outbound;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's only name resolution: Apache HttpClient asks it for the addresses of the host
 * and port it is about to connect to, and gets what {@link AddressGuard#resolve} resolved — once —
 * and checked, address by address. Nothing else in the client looks a name up, so the addresses
 * connected to are exactly the checked ones (no DNS rebinding between check and connect), while the
 * host name stays the client's for Host, SNI and the certificate check.
 *
 * <p>A refusal comes back as a {@link Refused} (an {@link UnknownHostException}, which is what the
 * client lets through from a resolver) carrying the guard's reason; nothing is connected.
 */
public final class GuardedDnsResolver implements DnsResolver {

  /** The guard refused the host or what it resolves to. */
  public static final class Refused extends UnknownHostException {
    private static final long serialVersionUID = 1L;
    private final transient OutboundRefusedException refusal;

    Refused(OutboundRefusedException refusal) {
      super(refusal.getMessage());
      this.refusal = refusal;
    }

    public OutboundRefusedException refusal() {
      return refusal;
    }
  }

  private final AddressGuard guard;

  public GuardedDnsResolver(AddressGuard guard) {
    this.guard = guard;
  }

  /** The checked addresses of the host, each with the port; the one lookup happens here. */
  @Override
  public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
    List<InetAddress> addresses;
    try {
      addresses = guard.resolve(host, port);
    } catch (OutboundRefusedException e) {
      throw new Refused(e);
    }
    List<InetSocketAddress> endpoints = new ArrayList<>(addresses.size());
    for (InetAddress address : addresses) {
      endpoints.add(new InetSocketAddress(address, port));
    }
    return endpoints;
  }

  /**
   * Refused: whether an address may be called depends on the port (loopback opens on named ports
   * only), so a lookup without one is not answered. The client resolves with the port.
   */
  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    throw new Refused(
        new OutboundRefusedException(
            OutboundRefusedException.Reason.UNRESOLVABLE_HOST, "lookup without a port: " + host));
  }

  /** The name itself: no reverse or canonical-name lookup (only SPNEGO asks, and it is off). */
  @Override
  public String resolveCanonicalHostname(String host) {
    return host;
  }
}
