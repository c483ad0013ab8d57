package org.onewindow.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundPolicyTest {

  @Test
  void theDefaultsAreNarrow() {
    OutboundPolicy policy = OutboundPolicy.defaults();
    assertEquals(Set.of("http", "https"), policy.allowedSchemes());
    assertEquals(Set.of(80, 443, 8080, 8443), policy.allowedPorts());
    assertEquals(List.of(), policy.allowedHosts());
    assertEquals(Set.of(), policy.loopbackPorts());
    assertEquals(Duration.ofSeconds(3), policy.connectTimeout());
    assertEquals(Duration.ofSeconds(10), policy.requestTimeout());
    assertEquals(1024 * 1024, policy.maxBodyBytes());
    assertEquals(List.of(), policy.allowedNetworks());
  }

  @Test
  void theIntranetAllowListIsReadFromItsProperty() throws Exception {
    Map<String, String> properties =
        Map.of(
            OutboundPolicy.PROPERTY_ALLOWED_CIDRS,
            " 10.12.0.0/16, 2001:db8::/32,, ::ffff:172.20.0.0/112 ");
    OutboundPolicy policy = OutboundPolicy.fromProperties(properties::get);
    assertEquals(
        List.of(
            Cidr.parse("10.12.0.0/16"), Cidr.parse("2001:db8::/32"), Cidr.parse("172.20.0.0/16")),
        policy.allowedNetworks());
    assertTrue(policy.networkAllowed(InetAddress.getByName("10.12.200.1")));
    assertTrue(policy.networkAllowed(InetAddress.getByName("172.20.0.9")));
    assertTrue(policy.networkAllowed(InetAddress.getByName("2001:db8::7")));
    assertFalse(policy.networkAllowed(InetAddress.getByName("10.13.0.1")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.12.0.0",
        "10.12.0.0/16,intranet.gov.cn/16",
        "10.12.5.0/16",
        "0.0.0.0/0",
        "169.254.0.0/16",
        "169.254.169.254/32",
        "100.100.100.200/32",
        "fd00:ec2::254/128",
        "fe80::/10",
        "127.0.0.0/8",
        "224.0.0.0/8",
        "64:ff9b::/96"
      })
  void anInvalidOrNeverOpenableBlockFailsTheConfigurationNamingTheProperty(String value) {
    Map<String, String> properties = Map.of(OutboundPolicy.PROPERTY_ALLOWED_CIDRS, value);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> OutboundPolicy.fromProperties(properties::get));
    assertTrue(
        e.getMessage().startsWith(OutboundPolicy.PROPERTY_ALLOWED_CIDRS + ": "), e.getMessage());
  }

  @Test
  void aBlockOverlappingANeverOpenedRangeIsAcceptedItsOverlapStaysShut() {
    // 169.0.0.0/8 contains link-local 169.254.0.0/16: listable as a whole, the guard refuses the
    // link-local part (AddressGuardTest); only a block entirely inside such a range is an error.
    Map<String, String> properties =
        Map.of(OutboundPolicy.PROPERTY_ALLOWED_CIDRS, "169.0.0.0/8,fd00::/8");
    assertEquals(2, OutboundPolicy.fromProperties(properties::get).allowedNetworks().size());
  }

  @Test
  void propertiesOverrideTheDefaults() {
    Map<String, String> properties =
        Map.of(
            OutboundPolicy.PROPERTY_LOOPBACK_PORTS, " 8080 ",
            OutboundPolicy.PROPERTY_ALLOWED_PORTS, "443, 9443,,",
            OutboundPolicy.PROPERTY_ALLOWED_HOSTS, "*.Gov.cn, api.example.org",
            OutboundPolicy.PROPERTY_CONNECT_TIMEOUT_MS, "1500",
            OutboundPolicy.PROPERTY_REQUEST_TIMEOUT_MS, "5000",
            OutboundPolicy.PROPERTY_MAX_BODY_BYTES, "65536");
    OutboundPolicy policy = OutboundPolicy.fromProperties(properties::get);
    assertEquals(Set.of(8080), policy.loopbackPorts());
    assertEquals(Set.of(443, 9443), policy.allowedPorts());
    assertEquals(List.of("*.gov.cn", "api.example.org"), policy.allowedHosts());
    assertEquals(Duration.ofMillis(1500), policy.connectTimeout());
    assertEquals(Duration.ofMillis(5000), policy.requestTimeout());
    assertEquals(65536, policy.maxBodyBytes());
  }

  @Test
  void blankOrAbsentPropertiesKeepTheDefaults() {
    Map<String, String> properties = Map.of(OutboundPolicy.PROPERTY_ALLOWED_PORTS, "  ");
    assertEquals(OutboundPolicy.defaults(), OutboundPolicy.fromProperties(properties::get));
  }

  @Test
  void systemPropertiesAreRead() {
    String key = OutboundPolicy.PROPERTY_LOOPBACK_PORTS;
    String before = System.getProperty(key);
    System.setProperty(key, "18090");
    try {
      assertTrue(OutboundPolicy.fromSystemProperties().loopbackAllowed(18090));
    } finally {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        OutboundPolicy.PROPERTY_LOOPBACK_PORTS + "=true",
        OutboundPolicy.PROPERTY_LOOPBACK_PORTS + "=0",
        // The replaced switch fails loudly instead of being read some other way.
        OutboundPolicy.PROPERTY_ALLOW_LOOPBACK_REMOVED + "=true",
        OutboundPolicy.PROPERTY_ALLOWED_PORTS + "=0",
        OutboundPolicy.PROPERTY_ALLOWED_PORTS + "=65536",
        OutboundPolicy.PROPERTY_ALLOWED_PORTS + "=http",
        OutboundPolicy.PROPERTY_ALLOWED_HOSTS + "=*.",
        OutboundPolicy.PROPERTY_ALLOWED_HOSTS + "=bad_host.gov.cn",
        OutboundPolicy.PROPERTY_CONNECT_TIMEOUT_MS + "=0",
        OutboundPolicy.PROPERTY_CONNECT_TIMEOUT_MS + "=20000",
        OutboundPolicy.PROPERTY_REQUEST_TIMEOUT_MS + "=600000",
        OutboundPolicy.PROPERTY_MAX_BODY_BYTES + "=0",
        OutboundPolicy.PROPERTY_MAX_BODY_BYTES + "=1e6"
      })
  void aMalformedPropertyIsAConfigurationError(String assignment) {
    String[] pair = assignment.split("=", 2);
    Map<String, String> properties = Map.of(pair[0], pair[1]);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> OutboundPolicy.fromProperties(properties::get));
    assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
  }

  @Test
  void onlyHttpAndHttpsCanBeAllowed() {
    OutboundPolicy defaults = OutboundPolicy.defaults();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new OutboundPolicy(
                Set.of("http", "ftp"),
                defaults.allowedPorts(),
                List.of(),
                Set.of(),
                defaults.connectTimeout(),
                defaults.requestTimeout(),
                defaults.maxBodyBytes()));
  }

  @Test
  void aWildcardMatchesSubdomainsOnlyAndExactNamesMatchExactly() {
    OutboundPolicy policy =
        OutboundPolicy.defaults().withAllowedHosts(List.of("*.gov.cn", "api.example.org"));
    assertTrue(policy.hostAllowed("zwfw.gov.cn"));
    assertTrue(policy.hostAllowed("a.b.gov.cn"));
    assertFalse(policy.hostAllowed("gov.cn"));
    assertFalse(policy.hostAllowed("evilgov.cn"));
    assertTrue(policy.hostAllowed("api.example.org"));
    assertFalse(policy.hostAllowed("x.api.example.org"));
    assertTrue(OutboundPolicy.defaults().hostAllowed("anything"));
  }

  @Test
  void aUrlWithoutAPortMeansTheSchemeDefault() {
    assertEquals(80, OutboundPolicy.effectivePort("http", -1));
    assertEquals(443, OutboundPolicy.effectivePort("https", -1));
    assertEquals(8443, OutboundPolicy.effectivePort("http", 8443));
  }
}
