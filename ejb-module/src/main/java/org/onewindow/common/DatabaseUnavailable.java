package org.onewindow.common;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a failure that only means the database cannot be reached now: it is restarting,
 * stopped, or the network to it is down, or every pooled connection is busy past the pool's wait.
 * The caller deserves 503 with 10019 「系统业务繁忙，建议稍后重试」 and a reason (003 Annex A), not an incident
 * with a stack trace in the log; nothing of the call was saved, and the same request succeeds once
 * the database is back, without restarting WildFly (the pool validates each connection it hands
 * out, README "Running a cluster").
 *
 * <p>Recognised anywhere in the cause chain: JDBC's connection exceptions, an {@link SQLException}
 * of SQLSTATE class 08 (connection exception) or 57P01–57P03 (PostgreSQL shutting down or starting
 * up), Hibernate's {@code JDBCConnectionException} and a connector's {@code ResourceException}
 * (IronJacamar's "unable to get managed connection"), both by name so callers need neither on their
 * class path.
 */
public final class DatabaseUnavailable {

  /** What the caller is told. */
  public static final String KEY = "common.databaseUnavailable";

  /** Seconds a client should wait before trying again (the answer's {@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 5;

  private static final String CONNECTION_EXCEPTION_CLASS = "08";
  private static final Set<String> SERVER_NOT_SERVING = Set.of("57P01", "57P02", "57P03");
  private static final String[] CONNECTION_FAILURE_TYPES = {
    "org.hibernate.exception.JDBCConnectionException", "jakarta.resource.ResourceException"
  };

  private DatabaseUnavailable() {}

  /** What the caller is told, in {@code locale}'s language. */
  public static String message(Locale locale) {
    return Messages.text(KEY, locale);
  }

  /** Whether {@code failure} is, or was caused by, the database being out of reach. */
  public static boolean explains(Throwable failure) {
    return CauseChain.any(
        failure,
        t ->
            t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || Arrays.stream(CONNECTION_FAILURE_TYPES).anyMatch(name -> CauseChain.isA(t, name))
                || CauseChain.anySqlState(t, DatabaseUnavailable::unreachable));
  }

  private static boolean unreachable(String state) {
    return state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_NOT_SERVING.contains(state);
  }
}
