package org.onewindow.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.logging.Logger;

/**
 * Rows a node writes at start when the database has none yet (reference halls, the demo seed): the
 * first node of a cluster to commit them wins, and a node that started at the same moment yields.
 *
 * <p>Each seeder checks "empty?" and then inserts, in its start-up transaction. On a fresh database
 * two nodes starting together both find it empty; the database then refuses the later one's rows on
 * their unique key (PostgreSQL makes the second insert wait for the first commit, then refuses it).
 * Thrown out of a {@code @Startup} bean's {@code @PostConstruct}, that refusal failed the node's
 * whole deployment; here it is recognised ({@link ConcurrentChange}: SQLSTATE class 23), logged,
 * and the seeder returns. JPA has already marked the transaction for rollback (JPA 3.1 3.3.2), so
 * the container rolls this node's rows back and the other node's stay.
 */
public final class StartupSeed {

  private StartupSeed() {}

  /**
   * Runs {@code seed} and flushes what it persisted.
   *
   * @return true when this node wrote the rows; false when another node had written the same rows
   *     first (this node's are rolled back with its transaction)
   * @throws PersistenceException for any other failure: a broken seed must still stop the
   *     deployment
   */
  public static boolean seedOrYield(EntityManager em, String what, Runnable seed, Logger log) {
    try {
      seed.run();
      em.flush();
      return true;
    } catch (PersistenceException e) {
      if (!ConcurrentChange.explains(e)) {
        throw e;
      }
      log.info(what + ": another node of the cluster wrote them first; using its rows (" + e + ")");
      return false;
    }
  }
}
