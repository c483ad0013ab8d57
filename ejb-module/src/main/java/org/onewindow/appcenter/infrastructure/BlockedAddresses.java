package org.onewindow.appcenter.infrastructure;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * The address ranges an outbound call must not reach (000 9.4.3 a): everything that is not plain
 * public unicast. IPv6 is judged by allow-list (only 2000::/3 global unicast, minus the ranges
 * below), IPv4 by deny-list, and IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64,
 * 6to4) by the IPv4 address inside, since that is where the packets end up.
 */
final class BlockedAddresses {

  private BlockedAddresses() {}

  /**
   * The name of the blocked range an address falls in, or empty when it may be called.
   *
   * @param allowLoopback whether 127.0.0.0/8 and ::1 are allowed (tests, development)
   */
  static Optional<String> rangeOf(InetAddress address, boolean allowLoopback) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return ipv4(b, allowLoopback);
    }
    if (address instanceof Inet6Address) {
      return ipv6(b, allowLoopback);
    }
    return Optional.of("unknown address family");
  }

  private static Optional<String> ipv4(byte[] b, boolean allowLoopback) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    if (a0 == 127) {
      return allowLoopback ? Optional.empty() : Optional.of("loopback 127.0.0.0/8");
    }
    if (a0 == 0) {
      return Optional.of("this network 0.0.0.0/8");
    }
    if (a0 == 10) {
      return Optional.of("private 10.0.0.0/8");
    }
    if (a0 == 100 && (a1 & 0xc0) == 64) {
      return Optional.of("carrier-grade NAT 100.64.0.0/10");
    }
    if (a0 == 169 && a1 == 254) {
      // Includes 169.254.169.254, the cloud metadata service: the classic SSRF target.
      return Optional.of("link-local 169.254.0.0/16");
    }
    if (a0 == 172 && (a1 & 0xf0) == 16) {
      return Optional.of("private 172.16.0.0/12");
    }
    if (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) {
      return Optional.of("IETF protocol assignments / documentation 192.0.0.0/24, 192.0.2.0/24");
    }
    if (a0 == 192 && a1 == 168) {
      return Optional.of("private 192.168.0.0/16");
    }
    if (a0 == 198 && (a1 & 0xfe) == 18) {
      return Optional.of("benchmarking 198.18.0.0/15");
    }
    if ((a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
      return Optional.of("documentation 198.51.100.0/24, 203.0.113.0/24");
    }
    if ((a0 & 0xf0) == 224) {
      return Optional.of("multicast 224.0.0.0/4");
    }
    if ((a0 & 0xf0) == 240) {
      // Also 255.255.255.255, the limited broadcast address.
      return Optional.of("reserved 240.0.0.0/4 and broadcast");
    }
    return Optional.empty();
  }

  private static Optional<String> ipv6(byte[] b, boolean allowLoopback) {
    if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      // ::ffff:a.b.c.d; the JDK usually hands these over as Inet4Address already.
      return embedded(b, 12, allowLoopback, "IPv4-mapped");
    }
    if (zero(b, 0, 12)) {
      if (zero(b, 12, 3) && (b[15] == 0 || b[15] == 1)) {
        if (b[15] == 1) {
          return allowLoopback ? Optional.empty() : Optional.of("loopback ::1");
        }
        return Optional.of("unspecified ::");
      }
      return embedded(b, 12, allowLoopback, "IPv4-compatible ::/96");
    }
    int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
    int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    if (w0 == 0x0064 && w1 == 0xff9b) {
      if (zero(b, 4, 8)) {
        return embedded(b, 12, allowLoopback, "NAT64 64:ff9b::/96");
      }
      // 64:ff9b:1::/48 is for local NAT64 deployments (RFC 8215): internal by definition.
      return Optional.of("local-use NAT64 64:ff9b:1::/48");
    }
    if (w0 == 0x2002) {
      return embedded(b, 2, allowLoopback, "6to4 2002::/16");
    }
    if (w0 == 0x2001 && w1 == 0x0000) {
      // Teredo hides the client's IPv4 address (XOR-ed); there is no honest way to judge it.
      return Optional.of("Teredo 2001::/32");
    }
    if (w0 == 0x2001 && w1 == 0x0db8) {
      return Optional.of("documentation 2001:db8::/32");
    }
    if ((w0 & 0xfe00) == 0xfc00) {
      return Optional.of("unique-local fc00::/7");
    }
    if ((w0 & 0xffc0) == 0xfe80) {
      return Optional.of("link-local fe80::/10");
    }
    if ((w0 & 0xffc0) == 0xfec0) {
      return Optional.of("site-local fec0::/10");
    }
    if ((w0 & 0xff00) == 0xff00) {
      return Optional.of("multicast ff00::/8");
    }
    if ((w0 & 0xe000) != 0x2000) {
      // Outside 2000::/3 nothing is assigned for public unicast (discard-only 100::/64, …).
      return Optional.of("not global unicast (outside 2000::/3)");
    }
    return Optional.empty();
  }

  private static Optional<String> embedded(
      byte[] b, int offset, boolean allowLoopback, String form) {
    byte[] v4 = {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]};
    return ipv4(v4, allowLoopback).map(range -> form + " of " + range);
  }

  private static boolean zero(byte[] b, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
