package org.onewindow.appcenter.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.onewindow.appcenter.gateway.AppAccess;
import org.onewindow.appcenter.gateway.CircuitBreakers;
import org.onewindow.appcenter.gateway.CircuitChanged;
import org.onewindow.appcenter.gateway.ExpiringCache;
import org.onewindow.appcenter.gateway.GatewayAnswer;
import org.onewindow.appcenter.gateway.GatewayCall;
import org.onewindow.appcenter.gateway.GatewayError;
import org.onewindow.appcenter.gateway.GatewayFigures;
import org.onewindow.appcenter.gateway.ResponseMasker;
import org.onewindow.appcenter.gateway.Route;
import org.onewindow.common.LocalizedTexts;
import org.onewindow.common.Messages;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestRejectedException;
import org.onewindow.crypto.signing.RequestVerifier;
import org.onewindow.crypto.signing.Sm2VerifierCache;
import org.onewindow.crypto.signing.VerifiedRequest;
import org.onewindow.outbound.ForwardRequest;
import org.onewindow.outbound.HttpMethod;
import org.onewindow.outbound.OutboundCallService;
import org.onewindow.outbound.UpstreamClient;
import org.onewindow.outbound.UpstreamResult;

/**
 * The interface gateway (000 9.4.4; 003 6.2.4): an app's SM2-signed call to a registered interface
 * is checked — signature, timestamp and nonce, the app online (or a draft in its audited test
 * mode), the interface online, the app bound to it and the interface its unit's own or granted to
 * it, the app under its rate limit — and only then forwarded, signed by the platform in security
 * mode, through the interface's circuit breaker; the answer is masked (000 9.4.5) and every call
 * counted (003 6.7.2 d). Any refusal answers the 003 Annex A code and never reaches the interface.
 *
 * <p>The signature is its credential, so the service is open to all callers ({@code @PermitAll});
 * nothing here needs a transaction. One instance per node: the verifier's key cache, the rate
 * limiter and the circuit breakers are the node's. On the call path it uses the directory's caches,
 * the outbound client and the figures as plain objects taken once at start: each call through a
 * container proxy costs its interceptor chain (ear/bench-gateway, README "Gateway figures").
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GatewayService {

  private static final Logger LOG = Logger.getLogger(GatewayService.class.getName());

  /** How far a call's timestamp may lie from the platform's clock (either way). */
  static final Duration ALLOWED_SKEW = Duration.ofMinutes(5);

  /** The caller's app key, passed on so the interface knows for whom it answers. */
  static final String CALLER_HEADER = "X-OW-Caller-App";

  /** The prefix of a test-mode app's own rate bucket (app keys never contain a colon). */
  private static final String TEST_BUCKET = "test:";

  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Inject Clock clock;

  @EJB private GatewayDirectory directory;

  @EJB private GatewayMetrics metrics;

  @EJB private OutboundCallService outbound;

  /** Used nonces, replicated to every node (ear/src/main/wildfly/gateway.cli), kept 10 minutes. */
  @Resource(lookup = "java:jboss/infinispan/cache/onewindow/gateway-nonces")
  private ConcurrentMap<String, Long> usedNonces;

  private final org.onewindow.appcenter.gateway.RateLimiter limiter =
      new org.onewindow.appcenter.gateway.RateLimiter();

  /**
   * Circuits opening and closing, for alarms on the bound apps (000 8.2.3 c): an asynchronous
   * event, so the gateway neither waits on nor knows who raises them.
   */
  @Inject Event<CircuitChanged> circuits;

  private CircuitBreakers breakers;
  private RequestVerifier verifier;
  private ExpiringCache<Long, Optional<Route>> routes;
  private ExpiringCache<String, Optional<AppAccess>> apps;
  private UpstreamClient upstream;
  private GatewayFigures figures;

  @PostConstruct
  void start() {
    ConcurrentMap<String, Long> nonces = resolved(usedNonces);
    routes = directory.routes();
    apps = directory.apps();
    upstream = outbound.client();
    figures = metrics.figures();
    breakers =
        new CircuitBreakers(
            (interfaceId, open) ->
                circuits
                    .fireAsync(new CircuitChanged(interfaceId, open))
                    .exceptionally(
                        failure -> {
                          LOG.warning(
                              "circuit alarm for interface " + interfaceId + " failed: " + failure);
                          return null;
                        }));
    verifier =
        new RequestVerifier(
            appKey -> apps.get(appKey).map(AppAccess::publicKey),
            clock,
            ALLOWED_SKEW,
            (nonce, expiresAt) -> nonces.putIfAbsent(nonce, expiresAt.toEpochMilli()) == null,
            new Sm2VerifierCache());
  }

  /**
   * The cache itself rather than WildFly's lazy reference to it, which looks the cache up in its
   * container, under a lock, on every operation (JFR: a third of each nonce check, and the
   * gateway's most contended monitor). The reference is a {@code Supplier} of the cache; the
   * deployment's dependency on the cache keeps it started for as long as this bean lives. Any other
   * kind of map is used as it is.
   */
  @SuppressWarnings("unchecked")
  static ConcurrentMap<String, Long> resolved(ConcurrentMap<String, Long> injected) {
    if (injected instanceof Supplier<?> lazy && lazy.get() instanceof ConcurrentMap<?, ?> cache) {
      return (ConcurrentMap<String, Long>) cache;
    }
    return injected;
  }

  /** Handles one call; never throws for what the caller or the interface does. */
  public GatewayAnswer handle(GatewayCall call) {
    long start = System.nanoTime();
    VerifiedRequest verified;
    try {
      verified =
          verifier.verify(
              new RequestParts(call.method(), call.rawPath(), call.rawQuery(), call.body()),
              call.header());
    } catch (RequestRejectedException e) {
      // Not counted per interface: an unsigned caller may name any id.
      // Which check failed, after the standard's wording (never the expected signature or the
      // canonical text): an integrator converges by reading it (issue 16 item 2).
      String reason = "SIGNATURE_" + e.error().name();
      Object[] arguments = {AppAccess.TEST_CALLS_PER_MINUTE, clock.millis()};
      String message =
          LocalizedTexts.REFUSALS.format("gateway." + reason, Messages.PLATFORM_LOCALE, arguments);
      return GatewayAnswer.refused(401, e.error().responseCode(), message, reason, arguments);
    }
    Optional<Route> route = routes.get(call.interfaceId());
    if (route.isEmpty()) {
      return GatewayAnswer.refused(GatewayError.UNKNOWN_INTERFACE);
    }
    Instant now = clock.instant();
    Optional<AppAccess> app = apps.get(verified.appKey());
    boolean test = app.isPresent() && app.get().testMode(now);
    GatewayAnswer answer = authorizedCall(call, route.get(), app, test, now);
    figures.record(
        call.interfaceId(),
        verified.appKey(),
        LocalDate.ofInstant(clock.instant(), GatewayMetrics.USAGE_ZONE),
        test,
        answer.succeeded(),
        System.nanoTime() - start);
    return answer;
  }

  /** Every gateway metric in the Prometheus text format. */
  public String prometheus() {
    return metrics.scrape();
  }

  /**
   * The app's admission (issue 14): online, or a draft in test mode; then the interface online,
   * bound and its own unit's or granted, the method registered, the app under its rate — in test
   * mode {@value AppAccess#TEST_CALLS_PER_MINUTE} calls a minute, per node like every limit here.
   */
  private GatewayAnswer authorizedCall(
      GatewayCall call, Route route, Optional<AppAccess> app, boolean test, Instant now) {
    if (app.isEmpty()) {
      return GatewayAnswer.refused(GatewayError.APP_NOT_ACTIVE);
    }
    Optional<GatewayError> refusal = app.get().refusal(now);
    if (refusal.isEmpty() && !route.online()) {
      refusal = Optional.of(GatewayError.INTERFACE_NOT_ONLINE);
    }
    if (refusal.isEmpty()) {
      refusal = app.get().refusalFor(route.interfaceId());
    }
    if (refusal.isEmpty() && !route.method().name().equalsIgnoreCase(call.method())) {
      refusal = Optional.of(GatewayError.METHOD_NOT_ALLOWED);
    }
    if (refusal.isEmpty() && !withinRate(app.get(), test)) {
      refusal = Optional.of(test ? GatewayError.TEST_RATE_LIMITED : GatewayError.RATE_LIMITED);
    }
    if (refusal.isPresent()) {
      return GatewayAnswer.refused(refusal.get());
    }
    return forward(call, route, app.get());
  }

  private boolean withinRate(AppAccess app, boolean test) {
    return test
        ? limiter.tryAcquire(TEST_BUCKET + app.appKey(), AppAccess.TEST_CALLS_PER_MINUTE, MINUTE)
        : limiter.tryAcquire(app.appKey(), app.rateLimit());
  }

  private GatewayAnswer forward(GatewayCall call, Route route, AppAccess app) {
    boolean idempotent = route.method() == HttpMethod.GET;
    byte[] body = idempotent ? new byte[0] : call.body();
    ForwardRequest request =
        new ForwardRequest(
            route.address(),
            route.method(),
            call.rawQuery(),
            body,
            call.contentType(),
            platformHeaders(route, app, call.rawQuery(), body),
            Duration.ofMillis(route.timeoutMillis()));
    UpstreamResult result;
    try {
      result =
          breakers.call(
              route.interfaceId(),
              idempotent ? route.retries() : 0,
              () -> upstream.forward(request));
    } catch (CircuitBreakers.CircuitOpenException e) {
      return GatewayAnswer.refused(GatewayError.CIRCUIT_OPEN);
    }
    return answer(result);
  }

  /**
   * The caller's app, and in security mode (000 9.4.4 a) the platform's SM2 signature over the
   * request as the interface receives it: its own path and the combined query.
   */
  private static Map<String, String> platformHeaders(
      Route route, AppAccess app, String rawQuery, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CALLER_HEADER, app.appKey());
    if (route.signer() != null) {
      String ownQuery = route.address().getRawQuery();
      String query =
          ownQuery == null || ownQuery.isEmpty()
              ? rawQuery
              : rawQuery == null || rawQuery.isEmpty() ? ownQuery : ownQuery + "&" + rawQuery;
      headers.putAll(
          route
              .signer()
              .sign(
                  new RequestParts(
                      route.method().name(), route.address().getRawPath(), query, body))
              .headers());
    }
    return headers;
  }

  private static GatewayAnswer answer(UpstreamResult result) {
    return switch (result.outcome()) {
      case OK_HTTP_RESPONSE ->
          result.status() == 200
              ? GatewayAnswer.passedOn(
                  result.header("content-type"),
                  ResponseMasker.mask(result.body(), result.header("content-type")))
              : GatewayAnswer.refused(GatewayError.UPSTREAM_NON_200);
      case CONNECT_TIMEOUT, READ_TIMEOUT -> GatewayAnswer.refused(GatewayError.UPSTREAM_TIMEOUT);
      case REFUSED_BY_POLICY -> GatewayAnswer.refused(GatewayError.UPSTREAM_REFUSED);
      default -> GatewayAnswer.refused(GatewayError.UPSTREAM_FAILED);
    };
  }
}
