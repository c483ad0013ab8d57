package org.onewindow.identity.repository;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The identity events the realm delivered and the platform kept (002 6.4). */
public final class IdentityEventReceiptRepository {

  private final EntityManager em;

  public IdentityEventReceiptRepository(EntityManager em) {
    this.em = em;
  }

  /** The newest event time kept, per kind; a kind with none is absent. */
  public Map<String, Instant> newestPerKind() {
    Map<String, Instant> newest = new HashMap<>();
    em.createQuery(
            "select r.kind, max(r.occurredAt) from IdentityEventReceipt r group by r.kind",
            Object[].class)
        .getResultList()
        .forEach(row -> newest.put((String) row[0], (Instant) row[1]));
    return newest;
  }
}
