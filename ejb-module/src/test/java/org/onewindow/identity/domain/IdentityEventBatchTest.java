package org.onewindow.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;
import org.onewindow.ops.audit.AuditEvent;

/** The realm's batches as the platform reads them: strict, bounded, masked into the trail. */
class IdentityEventBatchTest {

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static final String LOGIN_ERROR =
      "{\"id\":\"e-1\",\"kind\":\"user\",\"time\":1700000000000,\"type\":\"LOGIN_ERROR\","
          + "\"actor\":\"\",\"outcome\":\"failure\",\"detail\":{\"client\":\"onewindow-portal\","
          + "\"error\":\"user_not_found\",\"username\":\"王**\"}}";

  @Test
  void readsEventsAndTurnsThemIntoAuditLinesOfSourceKeycloak() {
    List<IdentityEvent> events = IdentityEventBatch.parse(json("[" + LOGIN_ERROR + "]"));

    assertEquals(1, events.size());
    IdentityEvent event = events.get(0);
    assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), event.time());
    assertEquals(
        Map.of("client", "onewindow-portal", "error", "user_not_found", "username", "王**"),
        event.detail());

    AuditEvent line = event.toAuditEvent();
    assertEquals("keycloak", line.source());
    assertEquals("LOGIN_ERROR", line.type());
    assertEquals("failure", line.outcome());
    assertEquals("id=e-1 client=onewindow-portal error=user_not_found username=王**", line.detail());
  }

  @Test
  void personalDataThatSlippedThroughIsMaskedInTheTrailAnyway() {
    String leaky = LOGIN_ERROR.replace("王**", "13900001234");
    AuditEvent line = IdentityEventBatch.parse(json("[" + leaky + "]")).get(0).toAuditEvent();
    assertFalse(line.detail().contains("13900001234"), line.detail());
  }

  @Test
  void anEmptyBatchIsFine() {
    assertTrue(IdentityEventBatch.parse(json("[]")).isEmpty());
  }

  @Test
  void oneBadEventRefusesTheWholeBatchNamingTheField() {
    String badKind = LOGIN_ERROR.replace("\"kind\":\"user\"", "\"kind\":\"root\"");
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> IdentityEventBatch.parse(json("[" + LOGIN_ERROR + "," + badKind + "]")));
    assertEquals("事件[1] 的 kind 缺失或格式不正确", refused.getMessage());
    assertEquals(
        "Event [1]: kind is missing or malformed", refused.message(java.util.Locale.ENGLISH));
  }

  @Test
  void refusesWhatIsNotABatch() {
    for (String body :
        List.of(
            "",
            "{}",
            "[1]",
            "not json",
            "[" + LOGIN_ERROR.replace("\"time\":1700000000000", "\"time\":\"yesterday\"") + "]",
            "[" + LOGIN_ERROR.replace("\"id\":\"e-1\"", "\"id\":\"a b\"") + "]",
            "[" + LOGIN_ERROR.replace("LOGIN_ERROR", "login; drop table") + "]",
            "[" + LOGIN_ERROR.replace("\"failure\"", "\"maybe\"") + "]",
            "[" + LOGIN_ERROR.replace("\"client\":\"onewindow-portal\"", "\"client\":7") + "]")) {
      assertThrows(InvalidInputException.class, () -> IdentityEventBatch.parse(json(body)), body);
    }
  }

  @Test
  void refusesOversizedBatches() {
    String many = ("," + LOGIN_ERROR).repeat(IdentityEventBatch.MAX_EVENTS).substring(1);
    assertThrows(
        InvalidInputException.class,
        () -> IdentityEventBatch.parse(json("[" + many + "," + LOGIN_ERROR + "]")));
    assertThrows(
        InvalidInputException.class,
        () -> IdentityEventBatch.parse(new byte[IdentityEventBatch.MAX_BYTES + 1]));
  }
}
