package org.onewindow.outbound;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * The node's one outbound client, for every capability's calls (registered interfaces, inspection,
 * the gateway), under the policy of the {@code onewindow.outbound.*} system properties (README
 * "Outbound calls"). One per node: the client keeps its connections, and the policy is read once at
 * start so that a bad setting stops the deployment rather than the first test.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // read-only after start: no lock needed
public class OutboundCallService {

  private static final Logger LOG = Logger.getLogger(OutboundCallService.class.getName());

  private UpstreamClient client;

  private AddressGuard guard;

  @PostConstruct
  void start() {
    OutboundPolicy policy;
    try {
      policy = OutboundPolicy.fromSystemProperties();
    } catch (IllegalArgumentException e) {
      // Fail the deployment with the setting named, rather than call with a guessed policy.
      LOG.severe("Invalid outbound configuration: " + e.getMessage());
      throw new IllegalStateException("Invalid outbound configuration: " + e.getMessage(), e);
    }
    if (!policy.loopbackPorts().isEmpty()) {
      LOG.warning(
          OutboundPolicy.PROPERTY_LOOPBACK_PORTS
              + ": interface calls may reach this host on ports "
              + policy.loopbackPorts());
    }
    if (!policy.allowedNetworks().isEmpty()) {
      LOG.info(
          OutboundPolicy.PROPERTY_ALLOWED_CIDRS
              + ": interface calls may reach the internal blocks "
              + policy.allowedNetworks());
    }
    guard = new AddressGuard(policy);
    client = new UpstreamClient(guard);
  }

  /** Closes the kept-alive connections when the application stops. */
  @PreDestroy
  void stop() {
    if (client != null) {
      client.close();
    }
  }

  /**
   * The node's address guard, for a caller whose requests another program sends (界面巡检's headless
   * browser judges each of its page's requests by it before letting it go).
   */
  public AddressGuard guard() {
    return guard;
  }

  /** Thread-safe; shared by every caller on this node. */
  public UpstreamClient client() {
    return client;
  }
}
