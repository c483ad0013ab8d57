package org.onewindow.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The blocks of the government-intranet allow-list; literals only, nothing is resolved. */
class CidrTest {

  private static InetAddress ip(String literal) throws Exception {
    return InetAddress.getByName(literal);
  }

  @Test
  void anIpv4BlockContainsItsFirstAndLastAddressAndNothingAround() throws Exception {
    Cidr block = Cidr.parse("10.12.0.0/16");
    assertTrue(block.contains(ip("10.12.0.0")));
    assertTrue(block.contains(ip("10.12.255.255")));
    assertTrue(block.contains(ip("10.12.34.56")));
    assertFalse(block.contains(ip("10.11.255.255")));
    assertFalse(block.contains(ip("10.13.0.0")));
    assertFalse(block.contains(ip("2001:db8::1")), "another family is never inside");
    assertEquals("10.12.0.0/16", block.toString());
  }

  @Test
  void prefixesThatEndInsideAnOctetCountBits() throws Exception {
    Cidr block = Cidr.parse("172.20.8.0/21");
    assertTrue(block.contains(ip("172.20.8.0")));
    assertTrue(block.contains(ip("172.20.15.255")));
    assertFalse(block.contains(ip("172.20.7.255")));
    assertFalse(block.contains(ip("172.20.16.0")));
    Cidr host = Cidr.parse("10.1.2.3/32");
    assertTrue(host.contains(ip("10.1.2.3")));
    assertFalse(host.contains(ip("10.1.2.4")));
  }

  @Test
  void anIpv6BlockContainsItsBoundariesOnly() throws Exception {
    Cidr block = Cidr.parse("2001:DB8::/32");
    assertTrue(block.contains(ip("2001:db8::")));
    assertTrue(block.contains(ip("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")));
    assertFalse(block.contains(ip("2001:db7:ffff:ffff:ffff:ffff:ffff:ffff")));
    assertFalse(block.contains(ip("2001:db9::")));
    assertFalse(block.contains(ip("10.0.0.1")));
    Cidr ula = Cidr.parse("fd12:3456:789a::/48");
    assertTrue(ula.contains(ip("fd12:3456:789a:1::8")));
    assertFalse(ula.contains(ip("fd12:3456:789b::1")));
  }

  @Test
  void anIpv4MappedAddressIsMatchedAsItsIpv4Address() throws Exception {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = 10;
    mapped[13] = 12;
    mapped[15] = 7;
    // Built by hand: InetAddress.getByName would already hand back an Inet4Address.
    InetAddress address = Inet6Address.getByAddress(null, mapped, -1);
    assertTrue(Cidr.parse("10.12.0.0/16").contains(address));
    assertFalse(Cidr.parse("10.13.0.0/16").contains(address));
  }

  @Test
  void anIpv4MappedBlockIsTheIpv4BlockItMaps() throws Exception {
    Cidr block = Cidr.parse("::ffff:10.12.0.0/112");
    assertEquals(Cidr.parse("10.12.0.0/16"), block);
    assertTrue(block.contains(ip("10.12.1.1")));
  }

  @Test
  void coversTellsWhetherOneBlockLiesInsideAnother() {
    assertTrue(Cidr.parse("10.0.0.0/8").covers(Cidr.parse("10.12.0.0/16")));
    assertTrue(Cidr.parse("10.12.0.0/16").covers(Cidr.parse("10.12.0.0/16")));
    assertFalse(Cidr.parse("10.12.0.0/16").covers(Cidr.parse("10.0.0.0/8")));
    assertFalse(Cidr.parse("10.0.0.0/8").covers(Cidr.parse("fd00::/16")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10.12.0.0|give a prefix length",
        "10.12.0.0/|whole number",
        "10.12.0.0/16/2|whole number",
        "10.12.0.0/016|whole number",
        "10.12.0.0/33|0-32",
        "2001:db8::/129|0-128",
        "10.12.5.0/16|the block is 10.12.0.0/16",
        "2001:db8::1/32|bits set past its prefix",
        "10.0.0.0/7|too broad",
        "0.0.0.0/0|too broad",
        "::/0|too broad",
        "fc00::/7|too broad",
        "::ffff:10.0.0.0/95|96-128",
        "010.1.0.0/16|not an IPv4 or IPv6 address literal",
        "10.1.0/16|not an IPv4 or IPv6 address literal",
        "256.1.0.0/16|not an octet",
        "intranet.gov.cn/16|not an IPv4 or IPv6 address literal",
        "fe80::1%eth0/64|not an IPv4 or IPv6 address literal",
        "2001:db8:::/32|not an IPv4 or IPv6 address literal",
        "' '|give a prefix length"
      })
  void aMalformedBlockIsRefusedSayingWhy(String text, String why) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse(text));
    assertTrue(e.getMessage().contains(why), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.12.0.0/16", " 192.168.10.0/24 ", "2001:db8::/32", "fd00::/8"})
  void wellFormedBlocksParse(String text) {
    assertEquals(Cidr.parse(text), Cidr.parse(Cidr.parse(text).toString()));
  }
}
