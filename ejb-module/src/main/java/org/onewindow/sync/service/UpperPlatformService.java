package org.onewindow.sync.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.outbound.OutboundCallService;
import org.onewindow.sync.domain.RecordVerdict;
import org.onewindow.sync.domain.UpperPlatformUnavailable;
import org.onewindow.sync.infrastructure.UpperPlatformClient;
import org.onewindow.sync.infrastructure.UpperPlatformKey;

/**
 * 上报 (002 6.2 b–d): a batch of records to the upper platform, SM2-signed as an interface call
 * (docs/wire-formats.md §1, §8.4) through the node's outbound client, retried with backoff.
 */
@Stateless
@PermitAll
public class UpperPlatformService {

  @EJB private OutboundCallService outbound;

  @EJB private ExchangeAreaService area;

  @Inject Clock clock;

  /**
   * Reports one batch and answers the upper platform's verdict per record, in order.
   *
   * @throws UpperPlatformUnavailable when it did not take the batch after the retries, or no upper
   *     platform is configured
   */
  public List<RecordVerdict> report(String feed, long batch, List<ExchangeRecord> records) {
    URI endpoint =
        area.upperPlatform()
            .orElseThrow(
                () ->
                    new UpperPlatformUnavailable(
                        "no upper platform: set " + ExchangeAreaService.UPPER_PLATFORM_URL));
    UpperPlatformClient client =
        new UpperPlatformClient(
            outbound.client()::forward,
            endpoint,
            UpperPlatformKey.load().signer(clock),
            UpperPlatformClient.Retries.fromSystemProperties(),
            UpperPlatformClient::sleep);
    return client.report(feed, batch, records);
  }

  /** The platform's public key (PEM) the upper platform verifies the reports with. */
  public String publicKeyPem() {
    return UpperPlatformKey.load().publicKeyPem();
  }
}
