package org.onewindow.matter.service;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import java.security.Principal;

/** The signed-in account a user's own records (favourites, footprints) belong to. */
final class Accounts {

  /** The name WildFly gives a caller who has not signed in. */
  private static final String ANONYMOUS = "anonymous";

  private Accounts() {}

  /** Whether the caller has not signed in. */
  static boolean isAnonymous(SessionContext session) {
    Principal caller = session.getCallerPrincipal();
    return caller == null || caller.getName() == null || caller.getName().equals(ANONYMOUS);
  }

  /**
   * The caller's account name.
   *
   * @throws EJBAccessException for a caller who has not signed in
   */
  static String signedIn(SessionContext session) {
    if (isAnonymous(session)) {
      throw new EJBAccessException("a user's own records need a signed-in caller");
    }
    return session.getCallerPrincipal().getName();
  }
}
