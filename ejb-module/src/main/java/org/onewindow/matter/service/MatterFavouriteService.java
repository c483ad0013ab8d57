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
import org.onewindow.common.StateConflictException;
import org.onewindow.matter.domain.MatterFavourite;

/**
 * A signed-in user's favourite matters (issue 20 items 2 and 5; 001 7.7): kept from the matter
 * page, listed and removed in the user centre. Each account sees and changes only its own; only a
 * matter in force can be added, at most {@link MatterFavourite#MAX_PER_ACCOUNT}.
 */
@Stateless
@PermitAll
public class MatterFavouriteService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject Clock clock;

  /**
   * Adds the matter to the caller's favourites; adding one already there changes nothing.
   *
   * @throws org.onewindow.common.NotFoundException when no version of it is in force
   * @throws StateConflictException when the caller keeps the most favourites already
   * @throws jakarta.ejb.EJBAccessException for a caller who has not signed in
   */
  public void add(String implementationCode) {
    String account = Accounts.signedIn(session);
    String code = Bookmarks.inForce(em, implementationCode);
    if (find(account, code) != null) {
      return;
    }
    long kept =
        em.createQuery(
                "select count(f) from MatterFavourite f where f.account = :account", Long.class)
            .setParameter("account", account)
            .getSingleResult();
    if (kept >= MatterFavourite.MAX_PER_ACCOUNT) {
      throw StateConflictException.keyed(
          "matter.favourite.tooMany", MatterFavourite.MAX_PER_ACCOUNT);
    }
    em.persist(new MatterFavourite(account, code, clock.instant()));
  }

  /** Takes the matter out of the caller's favourites, if it is there. */
  public void remove(String implementationCode) {
    MatterFavourite favourite =
        find(Accounts.signedIn(session), Bookmarks.code(implementationCode));
    if (favourite != null) {
      em.remove(favourite);
    }
  }

  /** Whether the caller keeps the matter among their favourites (false for a visitor). */
  public boolean isFavourite(String implementationCode) {
    if (Accounts.isAnonymous(session)) {
      return false;
    }
    return find(Accounts.signedIn(session), Bookmarks.code(implementationCode)) != null;
  }

  /** The caller's favourites, the latest kept first. */
  public List<MatterBookmark> list() {
    List<MatterFavourite> favourites =
        em.createQuery(
                "select f from MatterFavourite f where f.account = :account"
                    + " order by f.createdAt desc, f.id desc",
                MatterFavourite.class)
            .setParameter("account", Accounts.signedIn(session))
            .getResultList();
    return Bookmarks.of(
        em,
        favourites.stream()
            .map(f -> new Bookmarks.Kept(f.getImplementationCode(), f.getCreatedAt()))
            .toList());
  }

  private MatterFavourite find(String account, String code) {
    return em.createQuery(
            "select f from MatterFavourite f where f.account = :account"
                + " and f.implementationCode = :code",
            MatterFavourite.class)
        .setParameter("account", account)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
