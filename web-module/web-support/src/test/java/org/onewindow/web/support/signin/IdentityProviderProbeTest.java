package org.onewindow.web.support.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The realm's reachability, asked of a stand-in realm on loopback, under a clock we move. */
class IdentityProviderProbeTest {

  private final AtomicInteger asked = new AtomicInteger();
  private HttpServer realm;
  private Instant now = Instant.parse("2026-12-06T12:00:00Z");
  private IdentityProviderProbe probe;

  @BeforeEach
  void startRealm() throws IOException {
    realm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    realm.createContext(
        "/realms/onewindow/.well-known/openid-configuration",
        exchange -> {
          asked.incrementAndGet();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    realm.start();
    URI uri = URI.create("http://127.0.0.1:" + realm.getAddress().getPort() + "/realms/onewindow");
    probe =
        new IdentityProviderProbe(
            uri,
            new Clock() {
              @Override
              public Instant instant() {
                return now;
              }

              @Override
              public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
              }

              @Override
              public Clock withZone(java.time.ZoneId zone) {
                return this;
              }
            });
  }

  @AfterEach
  void stopRealm() {
    realm.stop(0);
  }

  @Test
  void aRealmThatAnswersIsReachableAndAskedOncePerPeriod() {
    assertTrue(probe.reachable());
    assertTrue(probe.reachable());
    assertEquals(1, asked.get());
    now = now.plus(IdentityProviderProbe.KEEP);
    assertTrue(probe.reachable());
    assertEquals(2, asked.get());
  }

  @Test
  void aRealmThatStoppedIsUnreachableOnceTheLastAnswerIsOld() {
    assertTrue(probe.reachable());
    realm.stop(0);
    // Within the period the last answer holds: a burst of sign-ins does not wait on each.
    assertTrue(probe.reachable());
    now = now.plus(IdentityProviderProbe.KEEP);
    assertFalse(probe.reachable());
  }

  @Test
  void onlyAddressesUnderTheRealmAreTheRealms() {
    String base = "http://127.0.0.1:" + realm.getAddress().getPort() + "/realms/onewindow";
    assertTrue(probe.isInRealm(base + "/protocol/openid-connect/auth?client_id=x"));
    assertTrue(
        probe.isInRealm("https://id.gov.example/realms/onewindow/protocol/openid-connect/auth"));
    assertFalse(probe.isInRealm(base + "-other/protocol/openid-connect/auth"));
    assertFalse(
        probe.isInRealm("https://id.gov.example/realms/other/protocol/openid-connect/auth"));
    assertFalse(probe.isInRealm("/portal/me.xhtml"));
    assertFalse(probe.isInRealm(null));
  }
}
