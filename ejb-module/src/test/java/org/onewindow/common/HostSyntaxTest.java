package org.onewindow.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hosts in registered addresses: one spelling each (issue 14 item 6; 000 9.4.3 a). */
class HostSyntaxTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "api.gov.cn",
        "zwfw.beijing.gov.cn",
        "localhost",
        "a-b.example",
        "xn--fiqs8s.cn",
        "192.0.2.10",
        "0.0.0.0",
        "255.255.255.255",
        "8.8.8.8",
        "[2001:db8::1]",
        "[::ffff:192.0.2.1]",
        "API.Gov.CN"
      })
  void acceptsDnsNamesAndCanonicalLiterals(String host) {
    assertEquals(java.util.Optional.empty(), HostSyntax.problem(host), host);
  }

  /** Each of these is loopback or another address to curl and browsers than to Java. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "0177.0.0.1", // octal first part: 127.0.0.1 to curl, 177.0.0.1 to InetAddress
        "127.000.000.001", // leading zeros
        "127.1", // short form
        "127.0.1",
        "2130706433", // dotless
        "0x7f.0.0.1", // hexadecimal
        "0x7f000001",
        "127.0.0.0x1",
        "256.1.1.1",
        "1.2.3.4.5",
        "example.123",
        "1.2.3.4.",
        "a..b",
        "-a.gov.cn",
        "a_b.gov.cn",
        "[fe80::1%25eth0]"
      })
  void refusesOtherSpellings(String host) {
    assertTrue(HostSyntax.problem(host).isPresent(), host);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://0177.0.0.1/x", "http://2130706433:8080/", "http://0x7f000001/"})
  void refusesThemAsJavaUriHandsThemOver(String address) {
    assertTrue(HostSyntax.problem(URI.create(address).getHost()).isPresent(), address);
  }

  /** java.net.URI finds no host in 127.1 or 0x7f.0.0.1; the raw authority still explains why. */
  @ParameterizedTest
  @ValueSource(strings = {"http://127.1/", "http://u@0x7f.0.0.1:8080/", "http://127.0.1:80/"})
  void explainsAuthoritiesWithoutAHost(String address) {
    URI uri = URI.create(address);
    assertEquals(null, uri.getHost());
    assertEquals(
        "host.ipv4",
        HostSyntax.problem(HostSyntax.hostOfAuthority(uri.getRawAuthority())).orElseThrow(),
        address);
  }
}
