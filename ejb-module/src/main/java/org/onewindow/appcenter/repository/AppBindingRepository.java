package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which apps are bound to which interfaces (000 8.2.2): the bindings as every reader needs them.
 */
public final class AppBindingRepository {

  private final EntityManager em;

  public AppBindingRepository(EntityManager em) {
    this.em = em;
  }

  /** Every interface id the app is bound to, whoever may see it. */
  public List<Long> interfaceIdsOf(long appId) {
    return em.createQuery("select b.interfaceId from AppBinding b where b.appId = :a", Long.class)
        .setParameter("a", appId)
        .getResultList();
  }

  /** The apps bound to the interface, by id. */
  public List<Long> appIdsBoundTo(long interfaceId) {
    return em.createQuery(
            "select b.appId from AppBinding b where b.interfaceId = :i order by b.appId",
            Long.class)
        .setParameter("i", interfaceId)
        .getResultList();
  }

  /** The interfaces the app is bound to, each with the id of the unit that owns it. */
  public Map<Long, Long> interfaceOwnersOf(long appId) {
    Map<Long, Long> owners = new LinkedHashMap<>();
    em.createQuery(
            "select b.interfaceId, i.unit.id from AppBinding b, RegisteredInterface i"
                + " where i.id = b.interfaceId and b.appId = :app",
            Object[].class)
        .setParameter("app", appId)
        .getResultList()
        .forEach(row -> owners.put((Long) row[0], (Long) row[1]));
    return owners;
  }

  /** The keys of the unit's apps bound to the interface. */
  public List<String> appKeysOfUnitBoundTo(long interfaceId, long unitId) {
    return em.createQuery(
            "select a.appKey from ServiceApp a, AppBinding b"
                + " where b.appId = a.id and b.interfaceId = :i and a.unit.id = :u",
            String.class)
        .setParameter("i", interfaceId)
        .setParameter("u", unitId)
        .getResultList();
  }
}
