package org.onewindow.identity.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestRejectedException;
import org.onewindow.crypto.signing.RequestVerifier;
import org.onewindow.identity.domain.IdentityEvent;
import org.onewindow.identity.domain.IdentityEventBatch;
import org.onewindow.identity.domain.IdentityEventsRejectedException;
import org.onewindow.identity.infrastructure.IdentityEventReceipt;
import org.onewindow.identity.infrastructure.RealmAuditKey;
import org.onewindow.identity.repository.IdentityEventReceiptRepository;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * The platform's half of the identity audit channel (README, "Identity events in the audit trail";
 * GB/T 22239 8.1.4.3): takes the realm's signed batches of logins, failures, logouts and
 * administrators' changes into the audit trail, each event id once, and tells the realm how far it
 * has got (the watermark its catch-up starts from).
 *
 * <p>Every call must carry the realm's SM2 request signature ({@value #SIGNER}, sm-crypto request
 * signing) under the key the realm publishes. Nonces are remembered per node: a batch replayed to
 * another node within the five-minute window finds its events already kept, so it adds nothing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class IdentityEventService {

  /** The signer name the realm's outbox uses. */
  public static final String SIGNER = "keycloak-audit";

  static final Duration ALLOWED_SKEW = Duration.ofMinutes(5);

  private static final Logger LOG = Logger.getLogger(IdentityEventService.class.getName());

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private AuditService audit;

  @Inject Clock clock;
  private RequestVerifier verifier;

  @PostConstruct
  void init() {
    RealmAuditKey key =
        new RealmAuditKey(URI.create(IdentitySettings.issuer() + "/onewindow-audit/key"), clock);
    verifier =
        new RequestVerifier(
            signer -> SIGNER.equals(signer) ? key.current() : Optional.empty(),
            clock,
            ALLOWED_SKEW,
            new InMemoryNonceStore(clock));
  }

  /**
   * Keeps a batch's events not kept before: a receipt each and its audit line, in one transaction.
   *
   * @return how many of the batch were new
   * @throws IdentityEventsRejectedException when the signature does not hold; nothing is kept
   */
  public int accept(RequestParts request, Function<String, String> header)
      throws IdentityEventsRejectedException {
    verify(request, header);
    List<IdentityEvent> events = IdentityEventBatch.parse(request.body());
    int added = 0;
    for (IdentityEvent event : events) {
      if (em.find(IdentityEventReceipt.class, event.id()) == null) {
        em.persist(IdentityEventReceipt.of(event, clock.instant()));
        audit.recordInCallersTransaction(event.toAuditEvent());
        added++;
      }
    }
    return added;
  }

  /**
   * The newest event time kept, per kind, epoch milliseconds; a kind with none is absent.
   *
   * @throws IdentityEventsRejectedException when the signature does not hold
   */
  public Map<String, Long> watermark(RequestParts request, Function<String, String> header)
      throws IdentityEventsRejectedException {
    verify(request, header);
    Map<String, Long> marks = new HashMap<>();
    new IdentityEventReceiptRepository(em)
        .newestPerKind()
        .forEach((kind, at) -> marks.put(kind, at.toEpochMilli()));
    return marks;
  }

  private void verify(RequestParts request, Function<String, String> header)
      throws IdentityEventsRejectedException {
    try {
      verifier.verify(request, header);
    } catch (RequestRejectedException e) {
      String reason = e.error() + ": " + e.getMessage();
      LOG.warning("identity events refused: " + reason);
      audit.record(AuditEvent.platformFailure(clock.instant(), "IDENTITY_EVENTS_REJECTED", reason));
      throw new IdentityEventsRejectedException(e.error(), e.getMessage(), clock.millis());
    }
  }
}
