package org.onewindow.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

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
  private static final String[] SERVER_NOT_SERVING = {"57P01", "57P02", "57P03"};
  private static final String[] CONNECTION_FAILURE_TYPES = {
    "org.hibernate.exception.JDBCConnectionException", "jakarta.resource.ResourceException"
  };

  /** Causes looked at: enough for any container's wrapping, and a chain that loops ends. */
  private static final int MAX_DEPTH = 32;

  private DatabaseUnavailable() {}

  /** What the caller is told, in {@code locale}'s language. */
  public static String message(Locale locale) {
    return Messages.text(KEY, locale);
  }

  /** Whether {@code failure} is, or was caused by, the database being out of reach. */
  public static boolean explains(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || isA(t.getClass())) {
        return true;
      }
      if (t instanceof SQLException sql && unreachable(sql)) {
        return true;
      }
    }
    return false;
  }

  private static boolean unreachable(SQLException failure) {
    for (SQLException e = failure; e != null; e = e.getNextException()) {
      String state = e.getSQLState();
      if (state == null) {
        continue;
      }
      if (state.startsWith(CONNECTION_EXCEPTION_CLASS)) {
        return true;
      }
      for (String notServing : SERVER_NOT_SERVING) {
        if (state.equals(notServing)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isA(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (String name : CONNECTION_FAILURE_TYPES) {
        if (c.getName().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }
}
