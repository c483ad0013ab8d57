package org.onewindow.ops.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The incremental verification of the audit chain (002 6.7): it advances over links that follow,
 * counts each record once even when a chunk is read again, and stops at the first that does not.
 */
class AuditVerificationTest {

  private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

  private final List<AuditLink> chain = links(6);

  @Test
  void advancesOverLinksThatFollowAndCountsEachOnce() {
    AuditVerification verification = AuditVerification.none();
    assertEquals(3, verification.advance(chain.subList(0, 3), AT));
    // The same chunk again (a restart from an earlier checkpoint): nothing moves, nothing counts.
    assertEquals(0, verification.advance(chain.subList(0, 3), AT));
    assertEquals(3, verification.advance(chain.subList(3, 6), AT));
    AuditVerificationView view = verification.view();
    assertEquals(6, view.verifiedThrough());
    assertEquals(6, view.verifiedCount());
    assertNull(view.brokenAt());
  }

  @Test
  void aRecordWhoseFieldsChangedIsTheBreak() {
    List<AuditLink> tampered = new ArrayList<>(chain);
    AuditLink third = tampered.get(2);
    tampered.set(2, new AuditLink(3, third.previousDigest(), third.digest(), false));
    assertBreakAt(3, tampered);
  }

  @Test
  void aRemovedRecordIsTheBreak() {
    List<AuditLink> gap = new ArrayList<>(chain);
    gap.remove(3);
    assertBreakAt(4, gap);
  }

  @Test
  void aRecordLinkedToAnotherPredecessorIsTheBreak() {
    List<AuditLink> relinked = new ArrayList<>(chain);
    AuditLink fifth = relinked.get(4);
    relinked.set(4, new AuditLink(5, "forged", fifth.digest(), true));
    assertBreakAt(5, relinked);
  }

  private static void assertBreakAt(long sequence, List<AuditLink> links) {
    AuditVerification verification = AuditVerification.none();
    assertEquals(sequence - 1, verification.advance(links, AT));
    // Once broken, later chunks move nothing: the break stays what the console shows.
    assertEquals(0, verification.advance(links, AT));
    AuditVerificationView view = verification.view();
    assertEquals(sequence, view.brokenAt());
    assertEquals(sequence - 1, view.verifiedThrough());
  }

  private static List<AuditLink> links(int count) {
    AuditChainHead head = AuditChainHead.empty();
    List<AuditLink> links = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      AuditRecord record =
          head.append(new AuditEvent(AT, "platform", "TEST", "actor", "success", "n" + i), AT);
      links.add(new AuditLink(record.sequence(), record.previousDigest(), record.digest(), true));
    }
    return links;
  }
}
