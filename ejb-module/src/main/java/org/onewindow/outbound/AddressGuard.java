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
 * with an internal one. There is no second lookup: the host is resolved once, by {@link #resolve},
 * which checks every address it got and returns those and no others. The HTTP client connects to
 * exactly those, through {@link GuardedDnsResolver} (its only name resolution); it keeps the host
 * name for Host, SNI and the certificate check. {@link #checkTarget} judges everything else about
 * the URL before anything is sent, without a lookup. A network egress filter remains the control
 * that holds regardless of this code.
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
   * Checks a URL and returns the addresses its host resolved to, all of them allowed: {@link
   * #checkTarget} and then {@link #resolve}.
   *
   * @throws OutboundRefusedException with the first rule the URL breaks
   */
  public List<InetAddress> check(URI uri) throws OutboundRefusedException {
    checkTarget(uri);
    return resolve(
        unbracketed(uri.getHost()),
        OutboundPolicy.effectivePort(uri.getScheme().toLowerCase(Locale.ROOT), uri.getPort()));
  }

  /**
   * Checks everything about a URL that needs no name lookup: scheme, host spelling, user info, port
   * and the host allow-list. What the host resolves to is {@link #resolve}'s to judge, when the
   * client connects.
   *
   * @throws OutboundRefusedException with the first rule the URL breaks
   */
  public void checkTarget(URI uri) throws OutboundRefusedException {
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
    checkHost(uri.getHost(), OutboundPolicy.effectivePort(scheme, uri.getPort()));
  }

  /**
   * Resolves a host once and checks every address it resolves to for the port; returns them all (in
   * the resolver's order), or refuses the lot. The host and port rules of {@link #checkTarget} are
   * applied again first (they cost no lookup), so that a caller holding only a host name and a port
   * — the HTTP client's resolver — is as safe as one holding the URL.
   *
   * @param name a host name or an IP literal, IPv6 with or without brackets
   * @param port the port the call goes to
   * @throws OutboundRefusedException with the first rule broken
   */
  public List<InetAddress> resolve(String name, int port) throws OutboundRefusedException {
    String host = unbracketed(name);
    checkHost(host.indexOf(':') >= 0 ? "[" + host + "]" : host, port);
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
      checkAddress(host, port, address);
    }
    return List.of(addresses);
  }

  /** The port and host rules, for a host as {@link URI#getHost()} gives it (IPv6 in brackets). */
  private void checkHost(String uriHost, int port) throws OutboundRefusedException {
    if (!policy.portAllowed(port)) {
      throw new OutboundRefusedException(Reason.PORT_NOT_ALLOWED, "port " + port);
    }
    // 0177.0.0.1 is 177.0.0.1 to InetAddress but loopback to curl: one spelling per address.
    Optional<String> spelling = HostSyntax.problem(uriHost);
    if (spelling.isPresent()) {
      throw new OutboundRefusedException(Reason.INVALID_ADDRESS, spelling.get());
    }
    String host = unbracketed(uriHost);
    if (host.endsWith(".")) {
      // "a.gov.cn." names a.gov.cn but is a different cache key: refuse rather than split them.
      throw new OutboundRefusedException(Reason.INVALID_ADDRESS, "trailing dot in host");
    }
    // Compare with the allow-list in lower case.
    if (!policy.hostAllowed(host.toLowerCase(Locale.ROOT))) {
      throw new OutboundRefusedException(Reason.HOST_NOT_ALLOWED, "host " + host);
    }
  }

  private void checkAddress(String host, int port, InetAddress address)
      throws OutboundRefusedException {
    if (BlockedAddresses.loopback(address) && policy.loopbackAllowed(port)) {
      return; // the embedded run's own port (development and tests only)
    }
    Optional<BlockedAddresses.Blocked> blocked = BlockedAddresses.classify(address);
    if (blocked.isEmpty()) {
      if (!policy.allowedPorts().contains(port)) {
        // Only loopback was open on this port, and this address is not loopback.
        throw new OutboundRefusedException(Reason.PORT_NOT_ALLOWED, "port " + port);
      }
      return;
    }
    if (blocked.get().listable()
        && policy.networkAllowed(address)
        && policy.allowedPorts().contains(port)) {
      return; // inside a government-intranet block the operator listed on purpose
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

  private static String unbracketed(String host) {
    if (host.startsWith("[") && host.endsWith("]")) {
      return host.substring(1, host.length() - 1);
    }
    return host;
  }
}
