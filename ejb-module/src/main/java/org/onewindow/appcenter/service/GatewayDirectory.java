package org.onewindow.appcenter.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import org.onewindow.appcenter.domain.AuthMode;
import org.onewindow.appcenter.domain.GatewaySettings;
import org.onewindow.appcenter.domain.InterfaceGrant;
import org.onewindow.appcenter.domain.PlatformSigningKey;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.gateway.AppAccess;
import org.onewindow.appcenter.gateway.ExpiringCache;
import org.onewindow.appcenter.gateway.Route;
import org.onewindow.appcenter.repository.AppBindingRepository;
import org.onewindow.appcenter.repository.InterfaceGrantRepository;
import org.onewindow.appcenter.repository.ServiceAppRepository;
import org.onewindow.common.PlatformKeys;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/**
 * The gateway's view of interfaces and apps, kept in memory for {@value #TTL_MILLIS} ms so that a
 * call costs no database read. A change takes effect at once on every node: the services call
 * {@link #forgetInterface} / {@link #forgetApp}, which drop the entry here and give its key a new
 * generation in the replicated cache {@code onewindow/gateway-directory-changes}
 * (ear/src/main/wildfly/gateway.cli); every node's cache serves an entry only while its key's
 * generation is the one it loaded under, so the next call on any node reads the new row. The TTL
 * remains the bound for a change that bypasses the services (an operator's SQL).
 *
 * <p>The gateway reads through {@link #routes()} and {@link #apps()}, plain caches it holds once,
 * so that a call that hits the cache passes no container interceptors; only a miss loads through
 * this bean ({@link #loadRoute}, {@link #loadApp}).
 *
 * <p>"At once" means from the change's commit: a forget called inside the changing transaction
 * drops the entry then, and again when that transaction completes, because a gateway call between
 * the two reads the old, still committed row and would otherwise keep it for the whole TTL — for a
 * re-issued key (003 6.3.2.3) that would leave the old key working for up to 5 s on this node.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the caches are concurrent
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // reads only; no transaction per call
public class GatewayDirectory {

  /**
   * How long a change made on another node may go unseen here (docs/node-local-state.md): a
   * re-issued credential, an app or interface taken offline, a binding or grant revoked.
   */
  public static final long TTL_MILLIS = 5000;

  private static final String ROUTE = "route:";
  private static final String APP = "app:";

  /** The name the platform's signed calls to interfaces carry (000 9.4.4 a). */
  public static final String PLATFORM_SIGNER = "onewindow-gateway";

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext context;
  @Resource private TransactionSynchronizationRegistry transactions;

  /**
   * Each changed key's newest generation, replicated synchronously to every node: once a change's
   * service call has returned, no node serves the old entry. Entries live a minute, far past the
   * {@value #TTL_MILLIS} ms any node keeps a value, so a missing one means "no recent change".
   */
  @Resource(lookup = "java:jboss/infinispan/cache/onewindow/gateway-directory-changes")
  private ConcurrentMap<String, Long> changes;

  @Inject Clock clock;
  private ExpiringCache<Long, Optional<Route>> routes;
  private ExpiringCache<String, Optional<AppAccess>> apps;

  @PostConstruct
  void start() {
    // Loads go through the container (getBusinessObject) for their persistence context.
    GatewayDirectory self = context.getBusinessObject(GatewayDirectory.class);
    // A monotonic clock: the wall clock stepped back would stretch the bound by the step.
    routes =
        new ExpiringCache<>(
            TTL_MILLIS,
            ExpiringCache::monotonicMillis,
            self::loadRoute,
            id -> changes.get(ROUTE + id));
    apps =
        new ExpiringCache<>(
            TTL_MILLIS,
            ExpiringCache::monotonicMillis,
            self::loadApp,
            key -> changes.get(APP + key));
  }

  /** Interfaces by id; empty when there is none of that id. */
  public ExpiringCache<Long, Optional<Route>> routes() {
    return routes;
  }

  /** Apps by app key; empty when there is none of that key. */
  public ExpiringCache<String, Optional<AppAccess>> apps() {
    return apps;
  }

  /** Drops the interface now and once the caller's transaction, if any, has completed. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS) // to see the caller's transaction
  public void forgetInterface(long interfaceId) {
    forget(ROUTE + interfaceId, () -> routes.forget(interfaceId));
  }

  /** Drops the app now and once the caller's transaction, if any, has completed. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS) // to see the caller's transaction
  public void forgetApp(String appKey) {
    forget(APP + appKey, () -> apps.forget(appKey));
  }

  /**
   * Gives {@code changeKey} a new generation for every node and drops the local entry, now and once
   * the caller's transaction has completed.
   */
  private void forget(String changeKey, Runnable dropLocally) {
    Runnable forget =
        () -> {
          changes.put(changeKey, GENERATIONS.nextLong());
          dropLocally.run();
        };
    forget.run();
    afterCompletion(forget);
  }

  /**
   * New generations: any value other than the one a node loaded under will do, so random ones need
   * no coordination between nodes. The change after the commit matters most: a node that loaded the
   * old row under the first one (during the changing transaction) sees a second.
   */
  private static final java.security.SecureRandom GENERATIONS = new java.security.SecureRandom();

  private void afterCompletion(Runnable forget) {
    if (transactions.getTransactionKey() == null
        || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to do before the commit
          }

          @Override
          public void afterCompletion(int status) {
            forget.run(); // committed or rolled back: either way the next call reads afresh
          }
        });
  }

  /** Reads one interface as the gateway needs it; called by the cache on a miss. */
  public Optional<Route> loadRoute(Long id) {
    RegisteredInterface registered = em.find(RegisteredInterface.class, id);
    if (registered == null) {
      return Optional.empty();
    }
    GatewaySettings settings = registered.getGateway();
    RequestSigner signer =
        settings.authMode() == AuthMode.SIGNATURE
            ? new RequestSigner(
                PLATFORM_SIGNER,
                Sm2PrivateKey.fromPem(
                    PlatformKeys.ring()
                        .decryptString(PlatformSigningKey.PURPOSE, settings.signingKeyRef())),
                clock)
            : null;
    return Optional.of(
        new Route(
            id,
            registered.getName(),
            registered.getStatus(),
            URI.create(registered.getAddress()),
            registered.getMethod(),
            settings.authMode(),
            signer,
            settings.timeoutMillis(),
            settings.retries()));
  }

  /**
   * Reads one app as the gateway needs it; called by the cache on a miss. Of the interfaces it is
   * bound to, only its own unit's and those granted to its unit are usable (issue 14): a binding
   * made before the rule, or one whose grant was revoked, stays on record and is refused.
   */
  public Optional<AppAccess> loadApp(String appKey) {
    Optional<ServiceApp> found = new ServiceAppRepository(em).findByKey(appKey);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ServiceApp app = found.get();
    long unitId = app.getUnit().getId();
    Set<Long> granted = new InterfaceGrantRepository(em).grantedTo(unitId);
    Set<Long> usable = new HashSet<>();
    Set<Long> ungranted = new HashSet<>();
    new AppBindingRepository(em)
        .interfaceOwnersOf(app.getId())
        .forEach(
            (interfaceId, owner) ->
                (InterfaceGrant.usable(interfaceId, owner, unitId, granted) ? usable : ungranted)
                    .add(interfaceId));
    return Optional.of(
        new AppAccess(
            app.getAppKey(),
            Sm2PublicKey.fromPem(app.getSm2PublicKeyPem()),
            app.getReview().status(),
            usable,
            ungranted,
            app.getRateLimit(),
            app.getTestModeUntil()));
  }
}
