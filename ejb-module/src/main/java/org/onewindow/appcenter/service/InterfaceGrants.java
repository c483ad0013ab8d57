package org.onewindow.appcenter.service;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;

/**
 * The standing grants, as binding and the gateway read them (issue 14): which other units'
 * interfaces an access unit's apps may use. Not an EJB: it runs in its caller's transaction (or
 * none, for the gateway's reads).
 */
final class InterfaceGrants {

  private final EntityManager em;

  InterfaceGrants(EntityManager em) {
    this.em = em;
  }

  /** The interfaces with a standing grant to the unit. */
  Set<Long> grantedTo(long unitId) {
    return new HashSet<>(
        em.createQuery(
                "select g.interfaceId from InterfaceGrant g"
                    + " where g.grantee.id = :unit and g.revokedAt is null",
                Long.class)
            .setParameter("unit", unitId)
            .getResultList());
  }
}
