package org.onewindow.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;

/** Issue 18 item 3: a record's status — revocation first, then its validity. */
class FilingRecordStatusTest {

  private static final Instant ISSUED = Instant.parse("2026-12-06T08:00:00Z");

  private static final RecordFacts FACTS =
      new RecordFacts(
          "330000-2026-000001-X",
          "浙里办",
          "浙江省大数据局",
          "330000",
          PackagePlatform.ANDROID,
          "gov.zj.app",
          "1.0",
          10,
          "a".repeat(64),
          "b".repeat(64),
          ISSUED,
          ISSUED,
          ISSUED.plus(Duration.ofDays(365)),
          "filing-20261206-00000000");

  @Test
  void withinItsValidityARecordIsValidAndAfterItExpired() {
    assertEquals(RecordStatus.VALID, RecordStatus.of(FACTS, null, ISSUED));
    assertEquals(
        RecordStatus.VALID, RecordStatus.of(FACTS, null, FACTS.validUntil().minusSeconds(1)));
    assertEquals(RecordStatus.EXPIRED, RecordStatus.of(FACTS, null, FACTS.validUntil()));
    assertEquals(RecordStatus.NOT_YET_VALID, RecordStatus.of(FACTS, null, ISSUED.minusSeconds(1)));
  }

  @Test
  void aRevokedRecordIsRevokedWhateverItsValidity() {
    assertEquals(RecordStatus.REVOKED, RecordStatus.of(FACTS, ISSUED, ISSUED.plusSeconds(5)));
    assertEquals(RecordStatus.REVOKED, RecordStatus.of(FACTS, ISSUED, FACTS.validUntil()));
  }

  @Test
  void revocationNeedsAReasonAndHappensOnce() {
    FilingRecord record = new FilingRecord(1, FACTS, "c2ln");
    assertThrows(InvalidInputException.class, () -> record.revoke("filing", " ", ISSUED));
    record.revoke("filing", "证书泄露", ISSUED);
    assertEquals("证书泄露", record.getRevokeReason());
    assertThrows(StateConflictException.class, () -> record.revoke("filing", "again", ISSUED));
    assertEquals(FACTS, record.facts());
  }
}
