package org.onewindow.appcenter.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A refusal keeps its status, code and reason in another language; an interface's answer stays. */
class GatewayAnswerTest {

  @Test
  void aRefusalIsRewordedKeepingItsStatusCodeAndReason() {
    GatewayAnswer chinese = GatewayAnswer.refused(GatewayError.APP_NOT_BOUND);
    GatewayAnswer english = chinese.withMessage("The app is not bound to this interface");
    assertEquals(403, english.status());
    assertEquals(chinese.code(), english.code());
    assertEquals("APP_NOT_BOUND", english.reason());
    assertEquals(
        "{\"code\":"
            + chinese.code()
            + ",\"msg\":\"The app is not bound to this interface\","
            + "\"data\":null}",
        english.body());
  }

  @Test
  void anInterfacesOwnAnswerIsNeverReworded() {
    GatewayAnswer passedOn = GatewayAnswer.passedOn("application/json", "{\"msg\":\"原样\"}");
    assertSame(passedOn, passedOn.withMessage("changed"));
  }
}
