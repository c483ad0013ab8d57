package org.onewindow.appcenter.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.onewindow.outbound.OutboundCallService;
import org.onewindow.outbound.UpstreamRequest;
import org.onewindow.outbound.UpstreamResult;

/**
 * The test panel's outbound calls (000 9.4.3), at most {@value #CONCURRENT} at a time per node
 * (MicroProfile Fault Tolerance {@code @Bulkhead}): a probe may wait up to its timeout on a slow
 * upstream, and testers must not tie up the server's request threads. A call over the limit is
 * refused at once ({@code BulkheadException}), reported to the tester as busy.
 *
 * <p>Being annotated, this bean is also what has WildFly's Fault Tolerance subsystem set up the
 * deployment, which the gateway's programmatic circuit breakers need (ADR 0005).
 */
@ApplicationScoped
public class ProbeCalls {

  static final int CONCURRENT = 8;

  @Inject private OutboundCallService outbound;

  @Bulkhead(CONCURRENT)
  public UpstreamResult call(UpstreamRequest request) {
    return outbound.client().call(request);
  }
}
