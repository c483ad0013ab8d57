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

  @Test
  void aRefusalKeepsItsMessagesArgumentsForTheRewording() {
    GatewayAnswer chinese =
        GatewayAnswer.refused(
            401,
            org.onewindow.crypto.ResponseCode.REQUEST_REFUSED,
            "服务器拒绝请求：…",
            "SIGNATURE_TIMESTAMP_OUT_OF_WINDOW",
            10,
            1764979200000L);
    assertEquals(java.util.List.of(10, 1764979200000L), chinese.arguments());
    assertEquals(chinese.arguments(), chinese.withMessage("The server refused …").arguments());
  }
}
