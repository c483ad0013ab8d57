package org.onewindow.appcenter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.onewindow.appcenter.domain.AuthMode;
import org.onewindow.appcenter.domain.GatewaySettings;
import org.onewindow.appcenter.domain.PlatformSigningKey;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.gateway.AppAccess;
import org.onewindow.appcenter.gateway.Route;
import org.onewindow.common.PlatformKeys;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/**
 * The gateway's view of interfaces and apps, kept in memory for {@value #TTL_MILLIS} ms so that a
 * call costs no database read. A change made on this node takes effect at once (the services call
 * {@link #forgetInterface} / {@link #forgetApp}); one made on another node within the TTL.
 *
 * <p>"At once" means from the change's commit: a forget called inside the changing transaction
 * drops the entry then, and again when that transaction completes, because a gateway call between
 * the two reads the old, still committed row and would otherwise keep it for the whole TTL — for a
 * re-issued key (003 6.3.2.3) that would leave the old key working for up to 5 s on this node.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the maps are concurrent
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // reads only; no transaction per call
public class GatewayDirectory {

  static final long TTL_MILLIS = 5000;

  /** The name the platform's signed calls to interfaces carry (000 9.4.4 a). */
  public static final String PLATFORM_SIGNER = "onewindow-gateway";

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transactions;

  private final Clock clock = Clock.systemUTC();
  private final ConcurrentMap<Long, Timed<Optional<Route>>> routes = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Timed<Optional<AppAccess>>> apps = new ConcurrentHashMap<>();

  private record Timed<T>(T value, long loadedAt) {}

  /** The interface, or empty when there is none of that id. */
  public Optional<Route> route(long interfaceId) {
    Timed<Optional<Route>> cached = routes.get(interfaceId);
    if (cached == null || expired(cached.loadedAt())) {
      cached = new Timed<>(loadRoute(interfaceId), clock.millis());
      routes.put(interfaceId, cached);
    }
    return cached.value();
  }

  /** The app of that key, or empty when there is none. */
  public Optional<AppAccess> app(String appKey) {
    Timed<Optional<AppAccess>> cached = apps.get(appKey);
    if (cached == null || expired(cached.loadedAt())) {
      cached = new Timed<>(loadApp(appKey), clock.millis());
      apps.put(appKey, cached);
    }
    return cached.value();
  }

  /** Drops the interface now and once the caller's transaction, if any, has completed. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS) // to see the caller's transaction
  public void forgetInterface(long interfaceId) {
    routes.remove(interfaceId);
    afterCompletion(() -> routes.remove(interfaceId));
  }

  /** Drops the app now and once the caller's transaction, if any, has completed. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS) // to see the caller's transaction
  public void forgetApp(String appKey) {
    apps.remove(appKey);
    afterCompletion(() -> apps.remove(appKey));
  }

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

  private boolean expired(long loadedAt) {
    return clock.millis() - loadedAt > TTL_MILLIS;
  }

  private Optional<Route> loadRoute(long id) {
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

  private Optional<AppAccess> loadApp(String appKey) {
    List<ServiceApp> found =
        em.createQuery("select a from ServiceApp a where a.appKey = :key", ServiceApp.class)
            .setParameter("key", appKey)
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ServiceApp app = found.get(0);
    List<Long> bound =
        em.createQuery("select b.interfaceId from AppBinding b where b.appId = :app", Long.class)
            .setParameter("app", app.getId())
            .getResultList();
    return Optional.of(
        new AppAccess(
            app.getAppKey(),
            Sm2PublicKey.fromPem(app.getSm2PublicKeyPem()),
            app.getReview().status(),
            new HashSet<>(bound),
            app.getRateLimit()));
  }
}
