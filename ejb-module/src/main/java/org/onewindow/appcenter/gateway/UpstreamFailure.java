package org.onewindow.appcenter.gateway;

import org.onewindow.outbound.UpstreamResult;

/**
 * An interface call that failed in a way its circuit breaker counts (no connection, a timeout, a
 * 5xx answer), carrying the result to report once the breaker has seen it.
 */
final class UpstreamFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient UpstreamResult result;

  UpstreamFailure(UpstreamResult result) {
    super(result.message(), null, false, false);
    this.result = result;
  }

  UpstreamResult result() {
    return result;
  }
}
