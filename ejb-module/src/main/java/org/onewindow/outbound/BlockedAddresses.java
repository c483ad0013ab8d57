package org.onewindow.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The address ranges an outbound call must not reach (000 9.4.3 a): everything that is not plain
 * public unicast. IPv6 is judged by allow-list (only 2000::/3 global unicast, minus the ranges
 * below), IPv4 by deny-list, and IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64,
 * 6to4) by the IPv4 address inside, since that is where the packets end up.
 *
 * <p>Each range is either <em>listable</em> — internal networks a province may really run
 * interfaces on (private, CGNAT, unique-local, …), which the operator can open with {@code
 * onewindow.outbound.allowed-cidrs} — or never opened by that list: loopback (only its own flag),
 * link-local and the cloud metadata services (the classic SSRF targets), multicast, reserved and
 * "this network" addresses, and translated forms (NAT64, 6to4, compatible, Teredo) of an internal
 * address. An IPv4-mapped address is its IPv4 address, listable or not.
 */
final class BlockedAddresses {

  /**
   * Why an address is blocked.
   *
   * @param range the range's name, for the log
   * @param listable whether {@code onewindow.outbound.allowed-cidrs} may open it
   */
  record Blocked(String range, boolean listable) {}

  /**
   * A range the allow-list never opens, for checking the list itself: a block entirely inside one
   * of these is a configuration error, not an entry that silently does nothing.
   */
  record Never(Cidr block, String why) {}

  static final List<Never> NEVER_LISTED =
      List.of(
          new Never(Cidr.range("127.0.0.0/8"), "loopback (only onewindow.outbound.loopback-ports)"),
          new Never(Cidr.range("::1/128"), "loopback (only onewindow.outbound.loopback-ports)"),
          new Never(Cidr.range("169.254.0.0/16"), "link-local and cloud metadata"),
          new Never(Cidr.range("fe80::/10"), "link-local"),
          new Never(Cidr.range("100.100.100.200/32"), "cloud metadata (Alibaba Cloud)"),
          new Never(Cidr.range("fd00:ec2::254/128"), "cloud metadata (AWS)"),
          new Never(Cidr.range("fd20:ce::254/128"), "cloud metadata (Google Cloud)"),
          new Never(Cidr.range("192.0.0.0/24"), "IETF protocol assignments"),
          new Never(Cidr.range("0.0.0.0/8"), "this network"),
          new Never(Cidr.range("224.0.0.0/4"), "multicast"),
          new Never(Cidr.range("ff00::/8"), "multicast"),
          new Never(Cidr.range("240.0.0.0/4"), "reserved and broadcast"),
          new Never(Cidr.range("::/96"), "unspecified and IPv4-compatible"),
          new Never(Cidr.range("64:ff9b::/96"), "NAT64 (judged by the IPv4 address inside)"),
          new Never(Cidr.range("2002::/16"), "6to4 (judged by the IPv4 address inside)"),
          new Never(Cidr.range("2001::/32"), "Teredo"));

  private static final List<Cidr> METADATA_V6 =
      List.of(Cidr.range("fd00:ec2::254/128"), Cidr.range("fd20:ce::254/128"));

  private BlockedAddresses() {}

  /**
   * The blocked range an address falls in and whether the allow-list may open it; empty when the
   * address may be called. Loopback is blocked here like any internal range: only {@link #loopback}
   * tells the guard it may open it on the policy's loopback ports.
   */
  static Optional<Blocked> classify(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return ipv4(b);
    }
    if (address instanceof Inet6Address) {
      return ipv6(b);
    }
    return never("unknown address family");
  }

  /**
   * Whether the address is this host's loopback in its plain spelling: 127.0.0.0/8, ::1, or
   * ::ffff:127.x.y.z (which is the IPv4 address itself). Translated forms that happen to carry
   * 127.0.0.1 (NAT64, 6to4, IPv4-compatible) are not: packets to them go to a translator, never to
   * this host, so no loopback setting may open them.
   */
  static boolean loopback(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return (b[0] & 0xff) == 127;
    }
    return b.length == 16
        && zero(b, 0, 10)
        && ((zero(b, 10, 5) && b[15] == 1)
            || ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff && (b[12] & 0xff) == 127));
  }

  /** Why a block may not be allow-listed, or empty when it may. */
  static Optional<String> neverListed(Cidr block) {
    return NEVER_LISTED.stream()
        .filter(n -> n.block().covers(block))
        .map(n -> n.block() + " " + n.why())
        .findFirst();
  }

  private static Optional<Blocked> ipv4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    if (a0 == 127) {
      return never("loopback 127.0.0.0/8");
    }
    if (a0 == 0) {
      return never("this network 0.0.0.0/8");
    }
    if (a0 == 10) {
      return listable("private 10.0.0.0/8");
    }
    if (a0 == 100 && a1 == 100 && a2 == 100 && (b[3] & 0xff) == 200) {
      // Alibaba Cloud's metadata service sits inside CGNAT space, which the list may open.
      return never("cloud metadata 100.100.100.200");
    }
    if (a0 == 100 && (a1 & 0xc0) == 64) {
      return listable("carrier-grade NAT 100.64.0.0/10");
    }
    if (a0 == 169 && a1 == 254) {
      // Includes 169.254.169.254, the cloud metadata service: the classic SSRF target.
      return never("link-local 169.254.0.0/16");
    }
    if (a0 == 172 && (a1 & 0xf0) == 16) {
      return listable("private 172.16.0.0/12");
    }
    if (a0 == 192 && a1 == 0 && a2 == 0) {
      // Includes 192.0.0.192, Oracle Cloud's second metadata address.
      return never("IETF protocol assignments 192.0.0.0/24");
    }
    if (a0 == 192 && a1 == 0 && a2 == 2) {
      return listable("documentation 192.0.2.0/24");
    }
    if (a0 == 192 && a1 == 168) {
      return listable("private 192.168.0.0/16");
    }
    if (a0 == 198 && (a1 & 0xfe) == 18) {
      return listable("benchmarking 198.18.0.0/15");
    }
    if ((a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
      return listable("documentation 198.51.100.0/24, 203.0.113.0/24");
    }
    if ((a0 & 0xf0) == 224) {
      return never("multicast 224.0.0.0/4");
    }
    if ((a0 & 0xf0) == 240) {
      // Also 255.255.255.255, the limited broadcast address.
      return never("reserved 240.0.0.0/4 and broadcast");
    }
    return Optional.empty();
  }

  private static Optional<Blocked> ipv6(byte[] b) {
    if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      // ::ffff:a.b.c.d is the IPv4 address itself (the JDK usually hands these over as
      // Inet4Address already), so it is listable exactly when that address is.
      byte[] v4 = {b[12], b[13], b[14], b[15]};
      return ipv4(v4).map(r -> new Blocked("IPv4-mapped " + r.range(), r.listable()));
    }
    if (zero(b, 0, 12)) {
      if (zero(b, 12, 3) && (b[15] == 0 || b[15] == 1)) {
        if (b[15] == 1) {
          return never("loopback ::1");
        }
        return never("unspecified ::");
      }
      return embedded(b, 12, "IPv4-compatible ::/96");
    }
    int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
    int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    if (w0 == 0x0064 && w1 == 0xff9b) {
      if (zero(b, 4, 8)) {
        return embedded(b, 12, "NAT64 64:ff9b::/96");
      }
      // 64:ff9b:1::/48 is for local NAT64 deployments (RFC 8215): internal by definition.
      return listable("local-use NAT64 64:ff9b:1::/48");
    }
    if (w0 == 0x2002) {
      return embedded(b, 2, "6to4 2002::/16");
    }
    if (w0 == 0x2001 && w1 == 0x0000) {
      // Teredo hides the client's IPv4 address (XOR-ed); there is no honest way to judge it.
      return never("Teredo 2001::/32");
    }
    if (w0 == 0x2001 && w1 == 0x0db8) {
      return listable("documentation 2001:db8::/32");
    }
    if (metadataV6(b)) {
      // Inside unique-local space, which the list may open: AWS fd00:ec2::254, Google fd20:ce::254.
      return never("cloud metadata fd00:ec2::254, fd20:ce::254");
    }
    if ((w0 & 0xfe00) == 0xfc00) {
      return listable("unique-local fc00::/7");
    }
    if ((w0 & 0xffc0) == 0xfe80) {
      return never("link-local fe80::/10");
    }
    if ((w0 & 0xffc0) == 0xfec0) {
      return listable("site-local fec0::/10");
    }
    if ((w0 & 0xff00) == 0xff00) {
      return never("multicast ff00::/8");
    }
    if ((w0 & 0xe000) != 0x2000) {
      // Outside 2000::/3 nothing is assigned for public unicast (discard-only 100::/64, …).
      return never("not global unicast (outside 2000::/3)");
    }
    return Optional.empty();
  }

  /**
   * A translated form (compatible, NAT64, 6to4) of an IPv4 address: blocked when that address is,
   * and never listable — the list names the addresses packets are sent to, not translations.
   */
  private static Optional<Blocked> embedded(byte[] b, int offset, String form) {
    byte[] v4 = {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]};
    return ipv4(v4).map(r -> new Blocked(form + " of " + r.range(), false));
  }

  private static boolean metadataV6(byte[] b) {
    return METADATA_V6.stream().anyMatch(block -> block.contains(b));
  }

  private static Optional<Blocked> never(String range) {
    return Optional.of(new Blocked(range, false));
  }

  private static Optional<Blocked> listable(String range) {
    return Optional.of(new Blocked(range, true));
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
