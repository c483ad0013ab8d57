package org.onewindow.outbound;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Where and how the platform may call an interface that an access unit registered (000 9.4.3 a).
 * The address is someone else's input, so the defaults are narrow: http(s) only, the usual web
 * ports, no loopback, short timeouts and a 1 MiB body cap. Every instance is valid; the canonical
 * constructor refuses anything else with {@link IllegalArgumentException} (a configuration error,
 * not a user's).
 *
 * @param allowedSchemes lower-case schemes, a non-empty subset of {@code http, https}
 * @param allowedPorts ports 1-65535; a URL without a port counts as 80 or 443
 * @param allowedHosts exact host names or {@code *.suffix} (subdomains of suffix, not suffix
 *     itself); empty means any host whose addresses pass {@link AddressGuard}. The list narrows, it
 *     never widens: a listed host still has to resolve to public addresses.
 * @param loopbackPorts the ports on which this host's loopback (127.0.0.0/8, ::1) may be called;
 *     empty by default, and in production. The embedded run opens its own HTTP port only (its demo
 *     interfaces are served by the platform itself); loopback on any other port, and translated
 *     spellings of loopback (NAT64, 6to4, IPv4-compatible, Teredo), are refused whatever this says.
 * @param connectTimeout how long to wait for the TCP (and TLS) connection
 * @param requestTimeout the whole exchange, from sending to the last byte of the body
 * @param maxBodyBytes the largest response body read; a larger one is reported, not read
 * @param allowedNetworks internal blocks (a province's government intranet, 政务外网) whose addresses
 *     may be called although {@link AddressGuard} would refuse them as private; empty by default.
 *     Loopback, link-local and cloud metadata addresses stay refused whatever the list says (see
 *     {@link BlockedAddresses}), and a block entirely inside such a range is refused here.
 */
public record OutboundPolicy(
    Set<String> allowedSchemes,
    Set<Integer> allowedPorts,
    List<String> allowedHosts,
    Set<Integer> loopbackPorts,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxBodyBytes,
    List<Cidr> allowedNetworks) {

  public static final Set<String> DEFAULT_SCHEMES = Set.of("http", "https");
  public static final Set<Integer> DEFAULT_PORTS = Set.of(80, 443, 8080, 8443);
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  /** The system properties {@link #fromSystemProperties()} reads. */
  public static final String PROPERTY_LOOPBACK_PORTS = "onewindow.outbound.loopback-ports";

  /**
   * The switch {@link #PROPERTY_LOOPBACK_PORTS} replaced: it opened loopback on every allowed port.
   * A configuration that still sets it fails the deployment rather than be read some other way.
   */
  static final String PROPERTY_ALLOW_LOOPBACK_REMOVED = "onewindow.outbound.allow-loopback";

  public static final String PROPERTY_ALLOWED_PORTS = "onewindow.outbound.allowed-ports";
  public static final String PROPERTY_ALLOWED_HOSTS = "onewindow.outbound.allowed-hosts";
  public static final String PROPERTY_CONNECT_TIMEOUT_MS = "onewindow.outbound.connect-timeout-ms";
  public static final String PROPERTY_REQUEST_TIMEOUT_MS = "onewindow.outbound.request-timeout-ms";
  public static final String PROPERTY_MAX_BODY_BYTES = "onewindow.outbound.max-body-bytes";
  public static final String PROPERTY_ALLOWED_CIDRS = "onewindow.outbound.allowed-cidrs";

  /** Upper bounds that keep a misconfiguration from tying up threads or memory. */
  static final Duration MAX_TIMEOUT = Duration.ofMinutes(2);

  static final int MAX_BODY_LIMIT = 64 * 1024 * 1024;

  /** A host name (LDH labels), an IPv4 literal, or a bracketless IPv6 literal. */
  private static final Pattern HOST =
      Pattern.compile(
          "([a-z0-9]([a-z0-9-]*[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|[0-9a-f:.]+");

  public OutboundPolicy {
    allowedSchemes = Set.copyOf(allowedSchemes);
    if (allowedSchemes.isEmpty() || !DEFAULT_SCHEMES.containsAll(allowedSchemes)) {
      throw new IllegalArgumentException(
          "allowed schemes must be a non-empty subset of http, https");
    }
    allowedPorts = Set.copyOf(allowedPorts);
    if (allowedPorts.isEmpty() || allowedPorts.stream().anyMatch(p -> p < 1 || p > 65535)) {
      throw new IllegalArgumentException("allowed ports must be 1-65535, at least one");
    }
    loopbackPorts = Set.copyOf(loopbackPorts);
    if (loopbackPorts.stream().anyMatch(p -> p < 1 || p > 65535)) {
      throw new IllegalArgumentException("loopback ports must be 1-65535");
    }
    allowedHosts = List.copyOf(allowedHosts);
    for (String host : allowedHosts) {
      String name = host.startsWith("*.") ? host.substring(2) : host;
      if (!HOST.matcher(name).matches() || !host.equals(host.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("not a lower-case host or *.suffix: " + host);
      }
    }
    checkTimeout(connectTimeout, "connect timeout");
    checkTimeout(requestTimeout, "request timeout");
    if (connectTimeout.compareTo(requestTimeout) > 0) {
      throw new IllegalArgumentException("connect timeout must not exceed the request timeout");
    }
    if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_LIMIT) {
      throw new IllegalArgumentException("max body bytes must be 1-" + MAX_BODY_LIMIT);
    }
    allowedNetworks = List.copyOf(allowedNetworks);
    for (Cidr block : allowedNetworks) {
      BlockedAddresses.neverListed(block)
          .ifPresent(
              why -> {
                throw new IllegalArgumentException(
                    block + " lies in " + why + ", which the allow-list never opens");
              });
    }
  }

  /** A policy without an intranet allow-list. */
  public OutboundPolicy(
      Set<String> allowedSchemes,
      Set<Integer> allowedPorts,
      List<String> allowedHosts,
      Set<Integer> loopbackPorts,
      Duration connectTimeout,
      Duration requestTimeout,
      int maxBodyBytes) {
    this(
        allowedSchemes,
        allowedPorts,
        allowedHosts,
        loopbackPorts,
        connectTimeout,
        requestTimeout,
        maxBodyBytes,
        List.of());
  }

  /** The narrow defaults described above. */
  public static OutboundPolicy defaults() {
    return new OutboundPolicy(
        DEFAULT_SCHEMES,
        DEFAULT_PORTS,
        List.of(),
        Set.of(),
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_REQUEST_TIMEOUT,
        DEFAULT_MAX_BODY_BYTES,
        List.of());
  }

  /**
   * The defaults overridden by the {@code onewindow.outbound.*} system properties, which the
   * WildFly configuration scripts set (a blank or absent property keeps the default).
   *
   * @throws IllegalArgumentException when a property is malformed, naming it
   */
  public static OutboundPolicy fromSystemProperties() {
    return fromProperties(System::getProperty);
  }

  /** As {@link #fromSystemProperties()}, from any source of property values. */
  public static OutboundPolicy fromProperties(UnaryOperator<String> properties) {
    OutboundPolicy policy = defaults();
    if (blankToNull(properties.apply(PROPERTY_ALLOW_LOOPBACK_REMOVED)) != null) {
      throw new IllegalArgumentException(
          PROPERTY_ALLOW_LOOPBACK_REMOVED
              + " is no longer read: name the ports with "
              + PROPERTY_LOOPBACK_PORTS);
    }
    List<String> loopbackPorts = commaList(properties.apply(PROPERTY_LOOPBACK_PORTS));
    if (!loopbackPorts.isEmpty()) {
      Set<Integer> numbers = new LinkedHashSet<>();
      for (String port : loopbackPorts) {
        numbers.add(integer(port, PROPERTY_LOOPBACK_PORTS));
      }
      policy = policy.withLoopbackPorts(numbers);
    }
    List<String> ports = commaList(properties.apply(PROPERTY_ALLOWED_PORTS));
    if (!ports.isEmpty()) {
      Set<Integer> numbers = new LinkedHashSet<>();
      for (String port : ports) {
        numbers.add(integer(port, PROPERTY_ALLOWED_PORTS));
      }
      policy = policy.withAllowedPorts(numbers);
    }
    List<String> hosts = commaList(properties.apply(PROPERTY_ALLOWED_HOSTS));
    if (!hosts.isEmpty()) {
      policy =
          policy.withAllowedHosts(hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    }
    Duration connect = millis(properties, PROPERTY_CONNECT_TIMEOUT_MS, policy.connectTimeout);
    Duration request = millis(properties, PROPERTY_REQUEST_TIMEOUT_MS, policy.requestTimeout);
    policy = policy.withTimeouts(connect, request);
    String maxBody = blankToNull(properties.apply(PROPERTY_MAX_BODY_BYTES));
    if (maxBody != null) {
      policy = policy.withMaxBodyBytes(integer(maxBody, PROPERTY_MAX_BODY_BYTES));
    }
    List<String> blocks = commaList(properties.apply(PROPERTY_ALLOWED_CIDRS));
    if (!blocks.isEmpty()) {
      List<Cidr> networks = new ArrayList<>();
      for (String block : blocks) {
        try {
          networks.add(Cidr.parse(block));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(PROPERTY_ALLOWED_CIDRS + ": " + e.getMessage());
        }
      }
      try {
        policy = policy.withAllowedNetworks(networks);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(PROPERTY_ALLOWED_CIDRS + ": " + e.getMessage());
      }
    }
    return policy;
  }

  public OutboundPolicy withLoopbackPorts(Set<Integer> ports) {
    return new OutboundPolicy(
        allowedSchemes,
        allowedPorts,
        allowedHosts,
        ports,
        connectTimeout,
        requestTimeout,
        maxBodyBytes,
        allowedNetworks);
  }

  public OutboundPolicy withAllowedPorts(Set<Integer> ports) {
    return new OutboundPolicy(
        allowedSchemes,
        ports,
        allowedHosts,
        loopbackPorts,
        connectTimeout,
        requestTimeout,
        maxBodyBytes,
        allowedNetworks);
  }

  public OutboundPolicy withAllowedHosts(List<String> hosts) {
    return new OutboundPolicy(
        allowedSchemes,
        allowedPorts,
        hosts,
        loopbackPorts,
        connectTimeout,
        requestTimeout,
        maxBodyBytes,
        allowedNetworks);
  }

  public OutboundPolicy withTimeouts(Duration connect, Duration request) {
    return new OutboundPolicy(
        allowedSchemes,
        allowedPorts,
        allowedHosts,
        loopbackPorts,
        connect,
        request,
        maxBodyBytes,
        allowedNetworks);
  }

  public OutboundPolicy withMaxBodyBytes(int bytes) {
    return new OutboundPolicy(
        allowedSchemes,
        allowedPorts,
        allowedHosts,
        loopbackPorts,
        connectTimeout,
        requestTimeout,
        bytes,
        allowedNetworks);
  }

  /**
   * The policy with an intranet allow-list.
   *
   * @throws IllegalArgumentException when a block lies entirely in a range the list never opens
   */
  public OutboundPolicy withAllowedNetworks(List<Cidr> networks) {
    return new OutboundPolicy(
        allowedSchemes,
        allowedPorts,
        allowedHosts,
        loopbackPorts,
        connectTimeout,
        requestTimeout,
        maxBodyBytes,
        networks);
  }

  /** The port a URL means: its own, or its scheme's default. */
  public static int effectivePort(String scheme, int port) {
    if (port != -1) {
      return port;
    }
    return "https".equals(scheme) ? 443 : 80;
  }

  /** Whether this host's loopback may be called on the port. */
  public boolean loopbackAllowed(int port) {
    return loopbackPorts.contains(port);
  }

  /** Whether the port may be asked for at all: an allowed port, or a loopback one. */
  public boolean portAllowed(int port) {
    return allowedPorts.contains(port) || loopbackPorts.contains(port);
  }

  /** Whether a lower-case host passes the allow-list (always, when the list is empty). */
  public boolean hostAllowed(String host) {
    if (allowedHosts.isEmpty()) {
      return true;
    }
    for (String entry : allowedHosts) {
      if (entry.startsWith("*.") ? host.endsWith(entry.substring(1)) : host.equals(entry)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the address is inside a block of {@link #allowedNetworks()}; an IPv4-mapped IPv6
   * address counts as its IPv4 address. Only {@link AddressGuard} decides what that opens.
   */
  public boolean networkAllowed(InetAddress address) {
    for (Cidr block : allowedNetworks) {
      if (block.contains(address)) {
        return true;
      }
    }
    return false;
  }

  private static void checkTimeout(Duration timeout, String what) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(what + " must be positive");
    }
    if (timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException(what + " must not exceed " + MAX_TIMEOUT);
    }
  }

  private static Duration millis(
      UnaryOperator<String> properties, String property, Duration fallback) {
    String value = blankToNull(properties.apply(property));
    return value == null ? fallback : Duration.ofMillis(integer(value, property));
  }

  private static int integer(String text, String property) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(property + " is not a whole number: " + text);
    }
  }

  private static List<String> commaList(String text) {
    List<String> items = new ArrayList<>();
    if (text != null) {
      for (String item : text.split(",")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
    }
    return items;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
