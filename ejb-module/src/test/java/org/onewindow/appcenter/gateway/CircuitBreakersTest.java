package org.onewindow.appcenter.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.common.Message;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.outbound.UpstreamOutcome;
import org.onewindow.outbound.UpstreamResult;

/**
 * What a breaker counts as the interface failing (003 6.2.4 b); the breaking itself runs in
 * WildFly's Fault Tolerance and is shown by GatewayIT.
 */
class CircuitBreakersTest {

  private static UpstreamResult result(UpstreamOutcome outcome, int status) {
    return new UpstreamResult(
        outcome,
        status,
        1,
        Map.of("x", List.of("y")),
        "",
        ResponseCode.SUCCESS,
        Message.of("outbound.result.http200"),
        null);
  }

  @Test
  void serverErrorsTimeoutsAndLostConnectionsCount() {
    assertTrue(CircuitBreakers.counted(result(UpstreamOutcome.OK_HTTP_RESPONSE, 500)));
    assertTrue(CircuitBreakers.counted(result(UpstreamOutcome.OK_HTTP_RESPONSE, 503)));
    assertTrue(CircuitBreakers.counted(result(UpstreamOutcome.READ_TIMEOUT, 0)));
    assertTrue(CircuitBreakers.counted(result(UpstreamOutcome.CONNECT_TIMEOUT, 0)));
    assertTrue(CircuitBreakers.counted(result(UpstreamOutcome.CONNECT_FAILED, 0)));
  }

  @Test
  void answersAndOurOwnRefusalsDoNot() {
    assertFalse(CircuitBreakers.counted(result(UpstreamOutcome.OK_HTTP_RESPONSE, 200)));
    assertFalse(CircuitBreakers.counted(result(UpstreamOutcome.OK_HTTP_RESPONSE, 404)));
    assertFalse(CircuitBreakers.counted(result(UpstreamOutcome.REFUSED_BY_POLICY, 0)));
    assertFalse(CircuitBreakers.counted(result(UpstreamOutcome.TOO_LARGE, 200)));
  }
}
