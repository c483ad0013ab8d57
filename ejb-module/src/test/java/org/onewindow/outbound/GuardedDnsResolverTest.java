package org.onewindow.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onewindow.outbound.OutboundRefusedException.Reason;

/**
 * The HTTP client's resolver: one lookup per resolution, every address checked by the guard, only
 * checked addresses returned (000 9.4.3 a). IP literals only; no DNS, no connection.
 */
class GuardedDnsResolverTest {

  private final AtomicInteger lookups = new AtomicInteger();

  @Test
  void theCheckedAddressesComeBackWithThePortAfterOneLookup() throws Exception {
    InetAddress[] answer = {address("8.8.8.8"), address("2001:4860:4860::8888")};
    GuardedDnsResolver resolver = resolver(OutboundPolicy.defaults(), answer);

    List<InetSocketAddress> endpoints = resolver.resolve("interface.example.gov.cn", 443);

    assertEquals(
        List.of(new InetSocketAddress(answer[0], 443), new InetSocketAddress(answer[1], 443)),
        endpoints);
    assertEquals(1, lookups.get(), "one lookup per resolution");
    resolver.resolve("interface.example.gov.cn", 443);
    assertEquals(2, lookups.get(), "and one more for the next: nothing cached behind the guard");
  }

  @Test
  void aHostResolvingToPublicAndBlockedAddressesIsRefusedWhole() throws Exception {
    // The client would try each in turn: one internal address among public ones refuses the lot.
    GuardedDnsResolver resolver =
        resolver(
            OutboundPolicy.defaults(),
            address("8.8.8.8"),
            address("169.254.169.254"),
            address("1.1.1.1"));

    GuardedDnsResolver.Refused refused =
        assertThrows(
            GuardedDnsResolver.Refused.class,
            () -> resolver.resolve("interface.example.gov.cn", 80));

    assertEquals(Reason.INTERNAL_ADDRESS, refused.refusal().reason());
    assertEquals(1, lookups.get());
  }

  @Test
  void aRefusalIsTheUnknownHostExceptionHttpClientLetsThrough() {
    GuardedDnsResolver resolver = resolver(OutboundPolicy.defaults(), address("10.0.0.1"));
    UnknownHostException e =
        assertThrows(UnknownHostException.class, () -> resolver.resolve("intranet.example", 80));
    assertEquals("接口地址指向内网或本机地址，已拒绝", e.getMessage());
  }

  @Test
  void loopbackComesBackOnlyOnALoopbackPort() throws Exception {
    OutboundPolicy policy = OutboundPolicy.defaults().withLoopbackPorts(Set.of(18090));
    GuardedDnsResolver resolver = resolver(policy, address("127.0.0.1"));

    assertEquals(
        List.of(new InetSocketAddress(address("127.0.0.1"), 18090)),
        resolver.resolve("localhost", 18090));
    assertEquals(
        Reason.INTERNAL_ADDRESS,
        assertThrows(GuardedDnsResolver.Refused.class, () -> resolver.resolve("localhost", 8080))
            .refusal()
            .reason());
  }

  @Test
  void theHostRulesHoldWithoutAUrlAndBeforeAnyLookup() {
    OutboundPolicy policy = OutboundPolicy.defaults().withAllowedHosts(List.of("*.gov.cn"));
    GuardedDnsResolver resolver = resolver(policy, address("8.8.8.8"));

    assertEquals(
        Reason.HOST_NOT_ALLOWED,
        assertThrows(GuardedDnsResolver.Refused.class, () -> resolver.resolve("example.com", 443))
            .refusal()
            .reason());
    assertEquals(
        Reason.INVALID_ADDRESS,
        assertThrows(GuardedDnsResolver.Refused.class, () -> resolver.resolve("0177.0.0.1", 443))
            .refusal()
            .reason());
    assertEquals(
        Reason.PORT_NOT_ALLOWED,
        assertThrows(GuardedDnsResolver.Refused.class, () -> resolver.resolve("a.gov.cn", 22))
            .refusal()
            .reason());
    assertEquals(0, lookups.get(), "refused before any lookup");
  }

  @Test
  void anIpv6LiteralIsJudgedWithOrWithoutItsBrackets() throws Exception {
    OutboundPolicy policy = OutboundPolicy.defaults().withLoopbackPorts(Set.of(18090));
    AddressGuard guard = new AddressGuard(policy); // a literal: parsed by the JDK, no DNS
    GuardedDnsResolver resolver = new GuardedDnsResolver(guard);
    InetSocketAddress loopback = new InetSocketAddress(address("::1"), 18090);

    assertEquals(List.of(loopback), resolver.resolve("::1", 18090));
    assertEquals(List.of(loopback), resolver.resolve("[::1]", 18090));
    assertEquals(
        Reason.INTERNAL_ADDRESS,
        assertThrows(GuardedDnsResolver.Refused.class, () -> resolver.resolve("[fd00::1]", 80))
            .refusal()
            .reason());
  }

  @Test
  void anUnresolvableHostIsRefused() {
    AddressGuard failing =
        new AddressGuard(
            OutboundPolicy.defaults(),
            host -> {
              throw new UnknownHostException(host);
            });
    assertEquals(
        Reason.UNRESOLVABLE_HOST,
        assertThrows(
                GuardedDnsResolver.Refused.class,
                () -> new GuardedDnsResolver(failing).resolve("nowhere.example", 80))
            .refusal()
            .reason());
  }

  @Test
  void aLookupWithoutAPortIsNotAnswered() {
    GuardedDnsResolver resolver = resolver(OutboundPolicy.defaults(), address("8.8.8.8"));
    assertThrows(UnknownHostException.class, () -> resolver.resolve("interface.example.gov.cn"));
    assertEquals(0, lookups.get());
  }

  private GuardedDnsResolver resolver(OutboundPolicy policy, InetAddress... answer) {
    return new GuardedDnsResolver(
        new AddressGuard(
            policy,
            host -> {
              lookups.incrementAndGet();
              return answer.clone();
            }));
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal); // a literal: parsed, never looked up
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
