package org.onewindow.appcenter.gateway;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.TypedGuard;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.onewindow.outbound.UpstreamOutcome;
import org.onewindow.outbound.UpstreamResult;

/**
 * One circuit breaker per interface (003 6.2.4 b 熔断), built with MicroProfile Fault Tolerance as
 * WildFly ships it (SmallRye's programmatic {@link TypedGuard}): a single annotated method would be
 * one circuit for every interface, and one failing upstream must not stop the others. When at least
 * half of the last {@value #WINDOW} calls failed, the circuit opens for {@value #OPEN_SECONDS} s:
 * calls are refused without reaching the interface; then one trial call decides. Idempotent calls
 * (GET) are retried by the interface's configuration (003 6.2.4 d) inside the same guard.
 */
public final class CircuitBreakers {

  static final int WINDOW = 10;
  static final int OPEN_SECONDS = 10;

  /** Guards by interface and retry count: a changed setting builds a new guard. */
  private final ConcurrentMap<String, TypedGuard<UpstreamResult>> guards =
      new ConcurrentHashMap<>();

  private final CircuitListener listener;

  public CircuitBreakers() {
    this(CircuitListener.NONE);
  }

  /** Breakers that tell {@code listener} when a circuit opens or closes again. */
  public CircuitBreakers(CircuitListener listener) {
    this.listener = listener;
  }

  /**
   * Runs the call through the interface's breaker.
   *
   * @param retries how often a failed call is tried again; 0 for non-idempotent calls
   * @return the call's result, a failure included
   * @throws CircuitOpenException when the circuit is open: the call was not made
   */
  public UpstreamResult call(long interfaceId, int retries, Supplier<UpstreamResult> call)
      throws CircuitOpenException {
    TypedGuard<UpstreamResult> guard =
        guards.computeIfAbsent(interfaceId + "/" + retries, key -> build(interfaceId, retries));
    try {
      return guard.call(
          () -> {
            UpstreamResult result = call.get();
            if (counted(result)) {
              throw new UpstreamFailure(result);
            }
            return result;
          });
    } catch (CircuitBreakerOpenException e) {
      throw new CircuitOpenException();
    } catch (UpstreamFailure e) {
      return e.result();
    } catch (Exception e) {
      throw new IllegalStateException("unexpected failure in the circuit breaker", e);
    }
  }

  /** Forgets an interface's breakers (its settings changed, or it went offline). */
  public void forget(long interfaceId) {
    guards.keySet().removeIf(key -> key.startsWith(interfaceId + "/"));
  }

  private TypedGuard<UpstreamResult> build(long interfaceId, int retries) {
    TypedGuard.Builder<UpstreamResult> builder =
        TypedGuard.create(UpstreamResult.class)
            .withCircuitBreaker()
            .requestVolumeThreshold(WINDOW)
            .failureRatio(0.5)
            .delay(OPEN_SECONDS, ChronoUnit.SECONDS)
            .successThreshold(1)
            .failOn(UpstreamFailure.class)
            .onStateChange(state -> changed(interfaceId, state))
            .done();
    if (retries > 0) {
      builder =
          builder
              .withRetry()
              .maxRetries(retries)
              .delay(50, ChronoUnit.MILLIS)
              .retryOn(UpstreamFailure.class)
              .done();
    }
    return builder.build();
  }

  private void changed(long interfaceId, CircuitBreakerState state) {
    if (state == CircuitBreakerState.OPEN || state == CircuitBreakerState.CLOSED) {
      listener.circuitChanged(interfaceId, state == CircuitBreakerState.OPEN);
    }
  }

  /** What the breaker counts as the interface failing; a refusal by policy is ours, not its. */
  static boolean counted(UpstreamResult result) {
    UpstreamOutcome outcome = result.outcome();
    if (outcome == UpstreamOutcome.OK_HTTP_RESPONSE) {
      return result.status() >= 500;
    }
    return outcome != UpstreamOutcome.REFUSED_BY_POLICY && outcome != UpstreamOutcome.TOO_LARGE;
  }

  /** The circuit of the interface is open. */
  public static final class CircuitOpenException extends Exception {
    private static final long serialVersionUID = 1L;

    CircuitOpenException() {
      super("circuit open", null, false, false);
    }
  }
}
