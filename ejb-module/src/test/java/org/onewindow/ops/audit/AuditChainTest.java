package org.onewindow.ops.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The audit chain's links (DESIGN "Audit": append-only, SM3-chained) and masking on the way in. */
class AuditChainTest {

  private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

  private static AuditEvent event(String detail) {
    return new AuditEvent(AT, "keycloak", "LOGIN", "citizen", "success", detail);
  }

  @Test
  void eachRecordCarriesItsPredecessorsDigest() {
    AuditChainHead head = AuditChainHead.empty();
    AuditRecord first = head.append(event("one"), AT);
    AuditRecord second = head.append(event("two"), AT);
    assertEquals(1, first.sequence());
    assertEquals(2, second.sequence());
    assertEquals(AuditRecord.GENESIS, first.previousDigest());
    assertEquals(first.digest(), second.previousDigest());
    assertEquals(43, first.digest().length(), "SM3, Base64url without padding (003 6.3.2.3 d)");
  }

  @Test
  void anyChangedFieldChangesTheDigest() {
    AuditRecord original = AuditRecord.chain(1, AuditRecord.GENESIS, event("ip=10.0.0.1"), AT);
    AuditRecord edited = AuditRecord.chain(1, AuditRecord.GENESIS, event("ip=10.0.0.2"), AT);
    assertNotEquals(original.digest(), edited.digest());
    assertEquals(original.digest(), original.computeDigest());
  }

  @Test
  void keepsTheMillisecondsItsDigestCoversSoADatabasesRoundingCannotBreakTheChain() {
    // H2 and PostgreSQL round an instant to microseconds: 0.0009997 s comes back as 0.001 s.
    Instant clockReading = Instant.parse("2026-11-22T08:00:00.000999700Z");
    AuditRecord record = AuditRecord.chain(1, AuditRecord.GENESIS, event("x"), clockReading);
    AuditRecordView view = record.view();
    assertEquals(Instant.parse("2026-11-22T08:00:00Z"), view.recordedAt());
    assertEquals(
        AuditRecord.chain(1, AuditRecord.GENESIS, event("x"), Instant.parse("2026-11-22T08:00:00Z"))
            .digest(),
        record.digest());
  }

  @Test
  void personalDataIsMaskedBeforeItIsKept() {
    AuditEvent masked =
        new AuditEvent(
            AT, "keycloak", "LOGIN_ERROR", "13900001111", "failure", "id=11010519491231002X");
    assertFalse(masked.actor().contains("13900001111"), masked.actor());
    assertFalse(masked.detail().contains("11010519491231002X"), masked.detail());
    assertTrue(masked.detail().startsWith("id="), masked.detail());
  }

  @Test
  void travelsThroughJsonUnchanged() {
    AuditEvent event = event("detail");
    assertEquals(event, AuditEvent.fromJson(event.toJson()));
  }
}
