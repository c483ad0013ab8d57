package org.onewindow.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** The chains WildFly hands the web layer when the database is out of reach (issue 17 item 3). */
class DatabaseUnavailableTest {

  @Test
  void aRefusedConnectionIsTheDatabaseOutOfReach() {
    // PostgreSQL stopped: the driver cannot connect (08001), wrapped by JPA and the EJB container.
    SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
    assertTrue(DatabaseUnavailable.explains(new EJBException(new PersistenceException(refused))));
  }

  @Test
  void aServerShuttingDownOrStartingIsOutOfReach() {
    // A pooled connection when PostgreSQL stops (57P01), or one made while it starts (57P03).
    assertTrue(DatabaseUnavailable.explains(new SQLException("terminating connection", "57P01")));
    assertTrue(DatabaseUnavailable.explains(new SQLException("starting up", "57P03")));
  }

  @Test
  void thePoolsOwnRefusalsAreOutOfReach() {
    assertTrue(
        DatabaseUnavailable.explains(
            new PersistenceException(new SQLTransientConnectionException("pool wait over"))));
    assertTrue(
        DatabaseUnavailable.explains(
            new PersistenceException(
                new org.hibernate.exception.JDBCConnectionException(
                    "could not obtain a connection", new SQLException("IJ031041")))));
  }

  @Test
  void aStateDeepInTheNextExceptionsCounts() {
    SQLException batch = new SQLException("batch failed", "HY000");
    batch.setNextException(new SQLException("I/O error", "08006"));
    assertTrue(DatabaseUnavailable.explains(new PersistenceException(batch)));
  }

  @Test
  void otherFailuresAreNot() {
    // A unique violation is a concurrent change; a syntax error or a bug is an incident.
    assertFalse(DatabaseUnavailable.explains(new SQLException("duplicate", "23505")));
    assertFalse(DatabaseUnavailable.explains(new SQLException("bad", "42601")));
    assertFalse(DatabaseUnavailable.explains(new SQLException("no state")));
    assertFalse(DatabaseUnavailable.explains(new IllegalStateException("bug")));
    assertFalse(DatabaseUnavailable.explains(null));
  }
}
