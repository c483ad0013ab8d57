package org.onewindow.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The chains WildFly hands the web layer when two calls change one record together. */
class ConcurrentChangeTest {

  @Test
  void aUniqueViolationAtCommitIsAConcurrentChange() {
    // Two reviewers add the same word: both pass the service's check, the index refuses the second.
    SQLException unique =
        new SQLException("duplicate key value violates unique constraint", "23505");
    Exception atCommit =
        new EJBTransactionRolledbackException(
            "rolled back", new RollbackException(new PersistenceException(unique)));
    assertTrue(ConcurrentChange.explains(atCommit));
  }

  @Test
  void aVersionCheckThatFailsIsAConcurrentChange() {
    // Two re-issues of one app's keys: the second flush finds the row's version moved on.
    Exception atFlush =
        new EJBTransactionRolledbackException("rolled back", new OptimisticLockException("stale"));
    assertTrue(ConcurrentChange.explains(atFlush));
  }

  @Test
  void aConstraintViolationChainedBehindAnotherSqlErrorCounts() {
    SQLException batch = new SQLException("batch entry 0 failed", "HY000");
    batch.setNextException(new SQLException("unique", "23505"));
    assertTrue(ConcurrentChange.explains(new PersistenceException(batch)));
  }

  @Test
  void otherDatabaseFailuresAreNot() {
    // A lost connection (class 08) or a syntax error (42) is an incident, not the caller's retry.
    assertFalse(
        ConcurrentChange.explains(new PersistenceException(new SQLException("gone", "08006"))));
    assertFalse(
        ConcurrentChange.explains(new PersistenceException(new SQLException("bad", "42601"))));
    assertFalse(ConcurrentChange.explains(new PersistenceException(new SQLException("no state"))));
    assertFalse(ConcurrentChange.explains(new IllegalStateException("bug")));
    assertFalse(ConcurrentChange.explains(null));
  }

  @Test
  void aCauseChainThatLoopsEnds() {
    LoopingException a = new LoopingException();
    LoopingException b = new LoopingException();
    a.cause = b;
    b.cause = a;
    assertFalse(ConcurrentChange.explains(a));
  }

  /** Throwable refuses a self-made loop through initCause; getCause can still return one. */
  private static final class LoopingException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private Throwable cause;

    @Override
    public synchronized Throwable getCause() {
      return cause;
    }
  }
}
