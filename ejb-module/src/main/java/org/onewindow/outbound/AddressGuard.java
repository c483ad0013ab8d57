package org.onewindow.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.onewindow.common.HostSyntax;
import org.onewindow.outbound.OutboundRefusedException.Reason;

/**
 * Decides, before anything is sent, whether a URL may be called (000 9.4.3 a): its scheme, port and
 * host against the {@link OutboundPolicy}, then every address the host resolves to against {@link
 * BlockedAddresses}. One internal address among several public ones refuses the lot: the client
 * would pick any of them. An internal address passes only inside a block of the policy's
 * government-intranet allow-list, and only if its range is one the list may open at all (private,
 * CGNAT, unique-local, …; never loopback, link-local or a cloud metadata address).
 *
 * <p><b>DNS rebinding.</b> A host can answer the check with a public address and a second lookup
 * with an internal one. There is no second lookup: {@link #check} returns the addresses it checked
 * and {@link UpstreamClient} connects to those only (its {@code PinnedHttpClient} keeps the host
 * name for Host, SNI and the certificate check, and reuses a kept connection only for the same
 * address). A network egress filter remains the control that holds regardless of this code.
 */
public final class AddressGuard {

  /** Name resolution, replaceable so tests can give a name several addresses without DNS. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final OutboundPolicy policy;
  private final Resolver resolver;

  public AddressGuard(OutboundPolicy policy) {
    this(policy, InetAddress::getAllByName);
  }

  public AddressGuard(OutboundPolicy policy, Resolver resolver) {
    this.policy = policy;
    this.resolver = resolver;
  }

  public OutboundPolicy policy() {
    return policy;
  }

  /**
   * Checks a URL and returns the addresses its host resolved to, all of them allowed.
   *
   * @throws OutboundRefusedException with the first rule the URL breaks
   */
  public List<InetAddress> check(URI uri) throws OutboundRefusedException {
    if (uri == null || !uri.isAbsolute()) {
      throw new OutboundRefusedException(Reason.INVALID_ADDRESS, "not an absolute URI");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!policy.allowedSchemes().contains(scheme)) {
      throw new OutboundRefusedException(Reason.SCHEME_NOT_ALLOWED, "scheme " + scheme);
    }
    // A non-ASCII or otherwise odd authority leaves getHost() null: refuse rather than guess.
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new OutboundRefusedException(Reason.INVALID_ADDRESS, "no host");
    }
    if (uri.getRawUserInfo() != null) {
      throw new OutboundRefusedException(Reason.INVALID_ADDRESS, "user info in the address");
    }
    int port = OutboundPolicy.effectivePort(scheme, uri.getPort());
    if (!policy.portAllowed(port)) {
      throw new OutboundRefusedException(Reason.PORT_NOT_ALLOWED, "port " + port);
    }
    // 0177.0.0.1 is 177.0.0.1 to InetAddress but loopback to curl: one spelling per address.
    Optional<String> spelling = HostSyntax.problem(uri.getHost());
    if (spelling.isPresent()) {
      throw new OutboundRefusedException(Reason.INVALID_ADDRESS, spelling.get());
    }
    // Resolve the very string HttpClient will resolve, so both lookups share one cache entry;
    // compare with the allow-list in lower case.
    String host = unbracketed(uri.getHost());
    if (host.endsWith(".")) {
      // "a.gov.cn." names a.gov.cn but is a different cache key: refuse rather than split them.
      throw new OutboundRefusedException(Reason.INVALID_ADDRESS, "trailing dot in host");
    }
    if (!policy.hostAllowed(host.toLowerCase(Locale.ROOT))) {
      throw new OutboundRefusedException(Reason.HOST_NOT_ALLOWED, "host " + host);
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException | SecurityException e) {
      throw new OutboundRefusedException(Reason.UNRESOLVABLE_HOST, "host " + host);
    }
    if (addresses == null || addresses.length == 0) {
      throw new OutboundRefusedException(Reason.UNRESOLVABLE_HOST, "host " + host);
    }
    for (InetAddress address : addresses) {
      if (BlockedAddresses.loopback(address) && policy.loopbackAllowed(port)) {
        continue; // the embedded run's own port (development and tests only)
      }
      Optional<BlockedAddresses.Blocked> blocked = BlockedAddresses.classify(address);
      if (blocked.isEmpty()) {
        if (!policy.allowedPorts().contains(port)) {
          // Only loopback was open on this port, and this address is not loopback.
          throw new OutboundRefusedException(Reason.PORT_NOT_ALLOWED, "port " + port);
        }
        continue;
      }
      if (blocked.get().listable()
          && policy.networkAllowed(address)
          && policy.allowedPorts().contains(port)) {
        continue; // inside a government-intranet block the operator listed on purpose
      }
      throw new OutboundRefusedException(
          Reason.INTERNAL_ADDRESS,
          host
              + " -> "
              + address.getHostAddress()
              + ": "
              + blocked.get().range()
              + (blocked.get().listable()
                  ? ", not in " + OutboundPolicy.PROPERTY_ALLOWED_CIDRS
                  : ""));
    }
    return List.of(addresses);
  }

  private static String unbracketed(String host) {
    if (host.startsWith("[") && host.endsWith("]")) {
      return host.substring(1, host.length() - 1);
    }
    return host;
  }
}
