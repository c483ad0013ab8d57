package org.onewindow.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address block in CIDR notation ({@code 10.12.0.0/16}, {@code 2001:db8::/32}), as the outbound
 * allow-list names a province's government-intranet (政务外网) networks. Parsing is strict, because a
 * configuration typo must stop the deployment rather than open or close a network silently: the
 * address must be a literal (never a host name, so nothing is looked up), the prefix must be given,
 * and no bit past it may be set.
 *
 * <p>An IPv4-mapped IPv6 block ({@code ::ffff:10.12.0.0/112}) is the IPv4 block it maps, and a
 * mapped address is matched as its IPv4 address: both name the same hosts.
 */
public final class Cidr {

  /** The broadest blocks an allow-list may name: it lists intranets, not the Internet. */
  static final int MIN_IPV4_PREFIX = 8;

  static final int MIN_IPV6_PREFIX = 8;

  /** Dotted quad without leading zeros (010 reads as octal to some tools). */
  private static final Pattern IPV4 =
      Pattern.compile(
          "(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})");

  /**
   * What may go to {@link InetAddress#getByName} as an IPv6 literal: the JDK parses a string that
   * starts with a hex digit or a colon and contains a colon without any lookup; no zone index.
   */
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]*");

  private static final Pattern PREFIX = Pattern.compile("0|[1-9]\\d{0,2}");

  private final byte[] network;
  private final int prefix;

  private Cidr(byte[] network, int prefix) {
    this.network = network;
    this.prefix = prefix;
  }

  /**
   * Parses one block.
   *
   * @throws IllegalArgumentException naming the text and what is wrong with it
   */
  public static Cidr parse(String text) {
    Cidr block = range(text);
    int broadest = block.isIpv4() ? MIN_IPV4_PREFIX : MIN_IPV6_PREFIX;
    if (block.prefix < broadest) {
      throw new IllegalArgumentException(
          "\""
              + text.strip()
              + "\" is too broad: the allow-list takes blocks of /"
              + broadest
              + " or narrower for "
              + (block.isIpv4() ? "IPv4" : "IPv6"));
    }
    return block;
  }

  /** As {@link #parse}, without the limit on breadth: for the platform's own range tables. */
  static Cidr range(String text) {
    String value = text == null ? "" : text.strip();
    int slash = value.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "\"" + value + "\" is not a CIDR block: give a prefix length, e.g. 10.12.0.0/16");
    }
    String address = value.substring(0, slash);
    String length = value.substring(slash + 1);
    if (!PREFIX.matcher(length).matches()) {
      throw new IllegalArgumentException(
          "\"" + value + "\": the prefix length must be a whole number");
    }
    byte[] bytes = literal(address, value);
    int prefix = Integer.parseInt(length);
    if (bytes.length == 4 && address.indexOf(':') >= 0) {
      // ::ffff:a.b.c.d — the JDK already handed back the IPv4 address; the prefix follows it.
      if (prefix < 96 || prefix > 128) {
        throw new IllegalArgumentException(
            "\"" + value + "\": an IPv4-mapped block needs a prefix length of 96-128");
      }
      prefix -= 96;
    }
    int bits = bytes.length * 8;
    if (prefix > bits) {
      throw new IllegalArgumentException(
          "\"" + value + "\": the prefix length must be 0-" + bits + " for this address family");
    }
    byte[] masked = masked(bytes, prefix);
    if (!Arrays.equals(masked, bytes)) {
      Cidr meant = new Cidr(masked, prefix);
      throw new IllegalArgumentException(
          "\"" + value + "\" has bits set past its prefix; the block is " + meant);
    }
    return new Cidr(bytes, prefix);
  }

  /** Whether the address is inside; an IPv4-mapped IPv6 address counts as its IPv4 address. */
  public boolean contains(InetAddress address) {
    return contains(address.getAddress());
  }

  /** As {@link #contains(InetAddress)}, for the 4 or 16 bytes of an address. */
  boolean contains(byte[] address) {
    byte[] candidate = unmapped(address);
    return candidate.length == network.length && startsWith(candidate, network, prefix);
  }

  /** Whether every address of {@code other} is inside this block. */
  boolean covers(Cidr other) {
    return other.network.length == network.length
        && other.prefix >= prefix
        && startsWith(other.network, network, prefix);
  }

  public boolean isIpv4() {
    return network.length == 4;
  }

  public int prefix() {
    return prefix;
  }

  /** The canonical form: {@code 10.12.0.0/16}, {@code 2001:db8:0:0:0:0:0:0/32}. */
  @Override
  public String toString() {
    try {
      String address = InetAddress.getByAddress(network).getHostAddress();
      return address + "/" + prefix;
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // cannot happen: 4 or 16 bytes
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cidr that
        && prefix == that.prefix
        && Arrays.equals(network, that.network);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(network) + prefix;
  }

  /** The 4 bytes of an IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d}); others unchanged. */
  static byte[] unmapped(byte[] address) {
    if (address.length != 16 || (address[10] & 0xff) != 0xff || (address[11] & 0xff) != 0xff) {
      return address;
    }
    for (int i = 0; i < 10; i++) {
      if (address[i] != 0) {
        return address;
      }
    }
    return Arrays.copyOfRange(address, 12, 16);
  }

  private static byte[] literal(String address, String value) {
    Matcher v4 = IPV4.matcher(address);
    if (v4.matches()) {
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int octet = Integer.parseInt(v4.group(i + 1));
        if (octet > 255) {
          throw new IllegalArgumentException("\"" + value + "\": " + octet + " is not an octet");
        }
        bytes[i] = (byte) octet;
      }
      return bytes;
    }
    if (address.indexOf(':') >= 0 && IPV6.matcher(address).matches()) {
      try {
        InetAddress parsed = InetAddress.getByName(address); // a literal: no lookup (see IPV6)
        if (parsed instanceof Inet4Address || parsed instanceof Inet6Address) {
          return parsed.getAddress();
        }
      } catch (UnknownHostException e) {
        // falls through to the message below
      }
    }
    throw new IllegalArgumentException(
        "\"" + value + "\": \"" + address + "\" is not an IPv4 or IPv6 address literal");
  }

  private static byte[] masked(byte[] bytes, int prefix) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      int keep = Math.max(0, Math.min(8, prefix - 8 * i));
      out[i] = (byte) (bytes[i] & (0xff << (8 - keep)));
    }
    return out;
  }

  private static boolean startsWith(byte[] address, byte[] network, int prefix) {
    for (int i = 0; i < network.length; i++) {
      int keep = Math.max(0, Math.min(8, prefix - 8 * i));
      int mask = (0xff << (8 - keep)) & 0xff;
      if ((address[i] & mask) != (network[i] & mask)) {
        return false;
      }
    }
    return true;
  }
}
