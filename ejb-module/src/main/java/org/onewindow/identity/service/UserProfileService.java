package org.onewindow.identity.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/**
 * The user centre's view of who the caller is beyond the login (001 7.7): on whose behalf they act
 * ({@link ActingParty}). Personal data itself stays in the realm and reaches the portal in the
 * caller's own tokens.
 */
@Stateless
@PermitAll
public class UserProfileService {

  @Resource private SessionContext session;

  /** The party the caller acts for: an enterprise (法人) or themselves. */
  public ActingParty actingFor() {
    return ActingParty.of(session);
  }
}
