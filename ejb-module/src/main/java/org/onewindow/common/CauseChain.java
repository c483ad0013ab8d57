package org.onewindow.common;

import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * Walks what a container hands the web layer — an EJB exception around a JPA exception around
 * Hibernate's around the driver's — for the one cause that explains a failure ({@link
 * ConcurrentChange}, {@link DatabaseUnavailable}). Types outside the module's class path are
 * matched by name, so callers need neither Hibernate nor a connector API.
 */
final class CauseChain {

  /** Causes looked at: enough for any container's wrapping, and a chain that loops ends. */
  private static final int MAX_DEPTH = 32;

  private CauseChain() {}

  /** Whether {@code failure} or one of its causes matches. */
  static boolean any(Throwable failure, Predicate<Throwable> matches) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = t.getCause()) {
      if (matches.test(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code failure}, an SQL exception, or one chained after it has a matching SQLSTATE. */
  static boolean anySqlState(Throwable failure, Predicate<String> matches) {
    if (!(failure instanceof SQLException sql)) {
      return false;
    }
    for (SQLException e = sql; e != null; e = e.getNextException()) {
      String state = e.getSQLState();
      if (state != null && matches.test(state)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code failure}'s class is, or extends, the class named {@code name}. */
  static boolean isA(Throwable failure, String name) {
    for (Class<?> c = failure.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
