package org.onewindow.identity.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestRejectedException;
import org.onewindow.crypto.signing.RequestVerifier;
import org.onewindow.identity.domain.AppUserFields;
import org.onewindow.identity.domain.ConsentDecision;
import org.onewindow.identity.domain.ConsentQuery;
import org.onewindow.identity.domain.IdentityEventsRejectedException;
import org.onewindow.identity.domain.UserConsent;
import org.onewindow.identity.infrastructure.RealmAuditKey;
import org.onewindow.identity.repository.ConsentRepository;

/**
 * Answers the realm's ticket exchange (000 9.2.1 c) with what a light app may receive of a user
 * (000 10.3 h; 003 6.3.2.1 b–c): {@link ConsentDecision#of} over the app's approved fields and the
 * user's active consent. Only the realm may ask: each call carries its SM2 request signature under
 * the key it publishes (the identity events' signer, {@value IdentityEventService#SIGNER}), so
 * nobody else can probe who agreed to what.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ConsentDecisionService {

  private static final Logger LOG = Logger.getLogger(ConsentDecisionService.class.getName());

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  private RequestVerifier verifier;

  @PostConstruct
  void init() {
    RealmAuditKey key =
        new RealmAuditKey(URI.create(IdentitySettings.issuer() + "/onewindow-audit/key"), clock);
    verifier =
        new RequestVerifier(
            signer -> IdentityEventService.SIGNER.equals(signer) ? key.current() : Optional.empty(),
            clock,
            IdentityEventService.ALLOWED_SKEW,
            new InMemoryNonceStore(clock));
  }

  /**
   * @throws IdentityEventsRejectedException when the realm's signature does not hold
   * @throws org.onewindow.common.InvalidInputException when the body is not a {@link ConsentQuery}
   */
  public ConsentDecision decide(RequestParts request, Function<String, String> header)
      throws IdentityEventsRejectedException {
    try {
      verifier.verify(request, header);
    } catch (RequestRejectedException e) {
      LOG.warning("consent query refused: " + e.error() + ": " + e.getMessage());
      throw new IdentityEventsRejectedException(e.error(), e.getMessage(), clock.millis());
    }
    ConsentQuery query = ConsentQuery.parse(request.body());
    AppUserFields app = em.find(AppUserFields.class, query.appKey());
    if (app == null) {
      return ConsentDecision.REFUSED;
    }
    return ConsentDecision.of(
        app.getFields(),
        new ConsentRepository(em)
            .active(query.username(), query.appKey())
            .map(UserConsent::getFields));
  }
}
