package org.onewindow.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class StartupSeedTest {

  private static final Logger LOG = Logger.getLogger(StartupSeedTest.class.getName());

  /** An entity manager whose flush fails with {@code failure}, or succeeds when it is null. */
  private static EntityManager flushing(RuntimeException failure) {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              if (method.getName().equals("flush") && failure != null) {
                throw failure;
              }
              return null;
            });
  }

  private static PersistenceException uniqueViolation() {
    return new PersistenceException(
        "could not execute statement",
        new SQLException("duplicate key value violates unique constraint", "23505"));
  }

  @Test
  void aNodeAloneWritesItsRows() {
    boolean[] seeded = {false};
    assertTrue(StartupSeed.seedOrYield(flushing(null), "halls", () -> seeded[0] = true, LOG));
    assertTrue(seeded[0]);
  }

  @Test
  void aNodeThatLosesTheRaceOnTheUniqueKeyYieldsInsteadOfFailingItsDeployment() {
    assertFalse(StartupSeed.seedOrYield(flushing(uniqueViolation()), "halls", () -> {}, LOG));
  }

  @Test
  void theRaceIsAlsoRecognisedWhenAnInsertFailsBeforeTheFlush() {
    // IDENTITY keys: Hibernate inserts at persist, so the refusal comes out of the seed itself.
    assertFalse(
        StartupSeed.seedOrYield(
            flushing(null),
            "halls",
            () -> {
              throw uniqueViolation();
            },
            LOG));
  }

  @Test
  void anyOtherFailureStillStopsTheDeployment() {
    PersistenceException broken =
        new PersistenceException("bad column", new SQLException("no such column", "42703"));
    assertSame(
        broken,
        assertThrows(
            PersistenceException.class,
            () -> StartupSeed.seedOrYield(flushing(broken), "halls", () -> {}, LOG)));
  }
}
