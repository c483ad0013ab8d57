package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onewindow.appcenter.domain.InterfaceGrant;

/**
 * The standing grants, as binding and the gateway read them (issue 14): which other units'
 * interfaces an access unit's apps may use. Runs in its caller's transaction (or none, for the
 * gateway's reads).
 */
public final class InterfaceGrantRepository {

  private final EntityManager em;

  public InterfaceGrantRepository(EntityManager em) {
    this.em = em;
  }

  /** The interfaces with a standing grant to the unit. */
  public Set<Long> grantedTo(long unitId) {
    return new HashSet<>(
        em.createQuery(
                "select g.interfaceId from InterfaceGrant g"
                    + " where g.grantee.id = :unit and g.revokedAt is null",
                Long.class)
            .setParameter("unit", unitId)
            .getResultList());
  }

  /** The interface's grants, standing and revoked, newest first, with their grantees. */
  public List<InterfaceGrant> ofInterface(long interfaceId) {
    return em.createQuery(
            "select g from InterfaceGrant g join fetch g.grantee where g.interfaceId = :i"
                + " order by g.id desc",
            InterfaceGrant.class)
        .setParameter("i", interfaceId)
        .getResultList();
  }
}
