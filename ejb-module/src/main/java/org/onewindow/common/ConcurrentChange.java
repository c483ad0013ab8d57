package org.onewindow.common;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises a failure that only means someone else changed the same record at the same moment: two
 * re-issues of one app's keys, two reviewers adding one sensitive word. The services check first (a
 * duplicate name is a {@link DuplicateException}, a stale form a version check), but two calls can
 * pass the check together; the database then refuses the second at flush or commit, and the caller
 * deserves 409 「请刷新后重试」, not an incident. Nothing of that call was saved: the refusal rolled its
 * transaction back.
 *
 * <p>Recognised anywhere in the cause chain: JPA's {@link OptimisticLockException}, Hibernate's
 * stale-state exceptions (by name, so callers need no Hibernate on their class path), and an {@link
 * SQLException} of SQLSTATE class 23, integrity constraint violation (SQL:2016 and every database
 * the platform runs on: H2 and PostgreSQL report a unique violation as 23505).
 */
public final class ConcurrentChange {

  /** What the caller is told (「…请刷新后重试」); the record's own page shows the winning change. */
  public static final String KEY = "common.concurrentChange";

  private static final String INTEGRITY_CONSTRAINT_CLASS = "23";
  private static final String HIBERNATE_STALE_STATE = "org.hibernate.StaleStateException";

  private ConcurrentChange() {}

  /** What the caller is told, in {@code locale}'s language. */
  public static String message(Locale locale) {
    return Messages.text(KEY, locale);
  }

  /** Whether {@code failure} is, or was caused by, a concurrent change of the same record. */
  public static boolean explains(Throwable failure) {
    return CauseChain.any(
        failure,
        t ->
            t instanceof OptimisticLockException
                || CauseChain.isA(t, HIBERNATE_STALE_STATE)
                || CauseChain.anySqlState(
                    t, state -> state.startsWith(INTEGRITY_CONSTRAINT_CLASS)));
  }
}
