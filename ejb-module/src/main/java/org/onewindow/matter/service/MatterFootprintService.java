package org.onewindow.matter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.onewindow.matter.domain.MatterFootprint;

/**
 * A signed-in user's footprints (足迹, issue 20 items 2 and 5; 001 7.7): the matter pages they
 * viewed, the latest first, one entry per matter; the user deletes any or all of them. A visitor
 * leaves none. Only the latest {@link MatterFootprint#MAX_PER_ACCOUNT} are kept.
 */
@Stateless
@PermitAll
public class MatterFootprintService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject Clock clock;

  /**
   * Notes that the caller viewed the matter's page; nothing for a visitor or for a matter not in
   * force (the page then shows no matter).
   */
  public void viewed(String implementationCode) {
    if (Accounts.isAnonymous(session)) {
      return;
    }
    String account = Accounts.signedIn(session);
    String code = Bookmarks.code(implementationCode);
    if (new MatterVersions(em).published(code).isEmpty()) {
      return;
    }
    MatterFootprint footprint = find(account, code);
    if (footprint != null) {
      footprint.viewedAgain(clock.instant());
      return;
    }
    em.persist(new MatterFootprint(account, code, clock.instant()));
    // the oldest beyond the bound go, so a list viewed for years stays a page long
    List<MatterFootprint> beyond =
        em.createQuery(
                "select f from MatterFootprint f where f.account = :account"
                    + " order by f.viewedAt desc, f.id desc",
                MatterFootprint.class)
            .setParameter("account", account)
            .setFirstResult(MatterFootprint.MAX_PER_ACCOUNT)
            .getResultList();
    beyond.forEach(em::remove);
  }

  /** The caller's footprints, the latest first. */
  public List<MatterBookmark> list() {
    return Bookmarks.of(
        em,
        mine().stream()
            .map(f -> new Bookmarks.Kept(f.getImplementationCode(), f.getViewedAt()))
            .toList());
  }

  /** Deletes the caller's footprint of one matter, if there is one. */
  public void delete(String implementationCode) {
    MatterFootprint footprint =
        find(Accounts.signedIn(session), Bookmarks.code(implementationCode));
    if (footprint != null) {
      em.remove(footprint);
    }
  }

  /** Deletes every footprint of the caller. */
  public void deleteAll() {
    em.createQuery("delete from MatterFootprint f where f.account = :account")
        .setParameter("account", Accounts.signedIn(session))
        .executeUpdate();
  }

  private List<MatterFootprint> mine() {
    return em.createQuery(
            "select f from MatterFootprint f where f.account = :account"
                + " order by f.viewedAt desc, f.id desc",
            MatterFootprint.class)
        .setParameter("account", Accounts.signedIn(session))
        .getResultList();
  }

  private MatterFootprint find(String account, String code) {
    return em.createQuery(
            "select f from MatterFootprint f where f.account = :account"
                + " and f.implementationCode = :code",
            MatterFootprint.class)
        .setParameter("account", account)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
