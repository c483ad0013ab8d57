package org.onewindow.common;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one spelling a host in a registered address may have: a DNS name, a canonical dotted-quad
 * IPv4 literal, or a bracketed IPv6 literal.
 *
 * <p>Why: IPv4 has historical spellings that programs read differently. {@code 0177.0.0.1} is
 * 177.0.0.1 (a public address) to Java's {@code InetAddress} but 127.0.0.1 (loopback) to curl,
 * browsers and the C library, which read a leading zero as octal; {@code 127.1}, {@code 2130706433}
 * and {@code 0x7f.0.0.1} are loopback to them too. When the platform and the person who typed an
 * address disagree about where a call goes, the address guard checks one place and a reviewer
 * believes another. So any host whose last label is a number (the WHATWG URL rule for "this is
 * meant as IPv4") must be exactly four decimal parts 0–255 without leading zeros; everything else
 * must be letters, digits and hyphens in dot-separated labels.
 */
public final class HostSyntax {

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+|0x[0-9a-f]*");
  private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");

  private static final int MAX_NAME = 253;

  private HostSyntax() {}

  /**
   * Why the host (as {@link java.net.URI#getHost()} returns it) is not in its one accepted
   * spelling, as the key of its message in {@code refusals.properties} (argument 0: the field);
   * empty when it is.
   */
  public static Optional<String> problem(String host) {
    if (host == null || host.isEmpty()) {
      return Optional.of("host.missing");
    }
    if (host.startsWith("[")) {
      // java.net.URI has parsed the literal already; a zone index names a local interface.
      return host.endsWith("]") && !host.contains("%")
          ? Optional.empty()
          : Optional.of("host.ipv6Zone");
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      return Optional.of("host.trailingDot");
    }
    String[] labels = name.split("\\.", -1);
    if (NUMBER.matcher(labels[labels.length - 1]).matches()) {
      return canonicalIpv4(labels) ? Optional.empty() : Optional.of("host.ipv4");
    }
    if (name.length() > MAX_NAME) {
      return Optional.of("host.tooLong");
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return Optional.of("host.label");
      }
    }
    return Optional.empty();
  }

  /**
   * Refuses a host that is not in its one accepted spelling, naming {@code field}.
   *
   * @throws InvalidInputException with the keyed message of {@link #problem}
   */
  public static void check(String field, String host) {
    Optional<String> problem = problem(host);
    if (problem.isPresent()) {
      throw InvalidInputException.keyed(field, problem.get(), field);
    }
  }

  /**
   * The host part of a raw URI authority ({@code user@host:port}), for explaining why {@link
   * java.net.URI} found no host in it; null when there is no authority.
   */
  public static String hostOfAuthority(String authority) {
    if (authority == null) {
      return null;
    }
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = host.lastIndexOf(':');
    if (colon >= 0 && !host.endsWith("]") && host.indexOf(':') == colon) {
      host = host.substring(0, colon);
    }
    return host;
  }

  private static boolean canonicalIpv4(String[] parts) {
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!OCTET.matcher(part).matches() || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }
}
