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
import org.onewindow.matter.domain.MatterFavourite;

/**
 * A signed-in user's favourite matters (issue 20 items 2 and 5; 001 7.7): kept from the matter
 * page, listed and removed in the user centre. Each account sees and changes only its own; only a
 * matter in force can be added, at most {@link MatterFavourite#MAX_PER_ACCOUNT}.
 */
@Stateless
@PermitAll
public class MatterFavouriteService {

  private static final KeptMatters<MatterFavourite> LIST =
      new KeptMatters<>(
          MatterFavourite.class,
          MatterFavourite.MAX_PER_ACCOUNT,
          "matter.favourite.tooMany",
          MatterFavourite::new);

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject Clock clock;

  /**
   * Adds the matter to the caller's favourites; adding one already there changes nothing.
   *
   * @throws org.onewindow.common.NotFoundException when no version of it is in force
   * @throws org.onewindow.common.StateConflictException when the caller keeps the most favourites
   *     already
   * @throws jakarta.ejb.EJBAccessException for a caller who has not signed in
   */
  public void add(String implementationCode) {
    LIST.add(em, Accounts.signedIn(session), implementationCode, clock.instant());
  }

  /** Takes the matter out of the caller's favourites, if it is there. */
  public void remove(String implementationCode) {
    LIST.remove(em, Accounts.signedIn(session), implementationCode);
  }

  /** Whether the caller keeps the matter among their favourites (false for a visitor). */
  public boolean isFavourite(String implementationCode) {
    return !Accounts.isAnonymous(session)
        && LIST.contains(em, Accounts.signedIn(session), implementationCode);
  }

  /** The caller's favourites, the latest kept first. */
  public List<MatterBookmark> list() {
    return LIST.list(em, Accounts.signedIn(session));
  }
}
