package org.onewindow.sync.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.onewindow.common.StateConflictException;
import org.onewindow.sync.domain.SyncCursor;

/**
 * The outbound feeds' cursors (004 7.3: incremental pushes). Called by the batch jobs only, in the
 * chunk's transaction: a batch's cursor moves with the batch's record (its manifest, the upper
 * platform's answer), so a crash never loses nor repeats a batch.
 */
@Stateless
@PermitAll
public class SyncCursorService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  /** Where a feed stands; a feed never delivered stands at 0 with no batches. */
  public SyncCursorView cursor(String feed) {
    SyncCursor cursor = em.find(SyncCursor.class, feed);
    return cursor == null ? new SyncCursorView(feed, 0, 0, 0, null) : SyncCursorView.of(cursor);
  }

  /**
   * Moves a feed's cursor past one delivered batch, in the caller's transaction, if it still stands
   * where the batch began (a row lock serialises two runs of the same feed).
   *
   * @param from where the batch began (the cursor as read before it)
   * @param lastSequence the batch's last change sequence
   * @throws StateConflictException when the cursor moved meanwhile: the caller's batch rolls back
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public SyncCursorView advance(String feed, long from, long lastSequence, long records) {
    SyncCursor cursor = em.find(SyncCursor.class, feed, LockModeType.PESSIMISTIC_WRITE);
    if (cursor == null) {
      cursor = SyncCursor.start(feed, clock.instant());
      em.persist(cursor);
    }
    if (cursor.getPosition() != from) {
      throw StateConflictException.keyed("sync.cursor.moved", feed, from, cursor.getPosition());
    }
    cursor.advance(lastSequence, records, clock.instant());
    return SyncCursorView.of(cursor);
  }
}
