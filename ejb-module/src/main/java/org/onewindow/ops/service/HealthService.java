package org.onewindow.ops.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Whether the parts OneWindow depends on answer, for the public health check. */
@Stateless
@PermitAll
public class HealthService {

  private static final Logger LOG = Logger.getLogger(HealthService.class.getName());

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  /** The state of each dependency, and of the whole. */
  public record Health(boolean up, boolean databaseUp) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Health check() {
    boolean database = databaseAnswers();
    return new Health(database, database);
  }

  private boolean databaseAnswers() {
    try {
      em.createNativeQuery("select 1").getSingleResult();
      return true;
    } catch (RuntimeException e) {
      // The cause goes to the log for operators; the health answer only says DOWN.
      LOG.log(Level.WARNING, "Database health check failed: {0}", e.toString());
      return false;
    }
  }
}
