package org.onewindow.identity.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.security.Principal;
import java.util.Optional;
import org.onewindow.crypto.mask.Masking;
import org.onewindow.crypto.mask.PersonNames;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The user centre's view of who the caller is (001 7.7): the profile masked here, once, for the
 * portal's pages and the API alike ({@link UserProfile}; 003 6.3.2.1 d), and on whose behalf the
 * caller acts ({@link ActingParty}). Personal data itself stays in the realm and reaches the
 * platform in the caller's own tokens; nothing unmasked leaves this service.
 */
@Stateless
@PermitAll
public class UserProfileService {

  /** The ID token claim of the realm's real-name level (issue 9). */
  static final String LEVEL_CLAIM = "real_name_level";

  @Resource private SessionContext session;

  /** The party the caller acts for: an enterprise (法人) or themselves. */
  public ActingParty actingFor() {
    return ActingParty.of(session);
  }

  /**
   * The signed-in caller's profile, masked.
   *
   * @throws EJBAccessException when nobody is signed in
   */
  public UserProfile mine() {
    Principal caller = session.getCallerPrincipal();
    if (caller == null || caller.getName() == null || "anonymous".equals(caller.getName())) {
      throw new EJBAccessException("a signed-in user is needed");
    }
    Optional<JsonWebToken> token = token(caller);
    String name =
        token.map(t -> PersonNames.display(t.getFamilyName(), t.getGivenName())).orElse(null);
    String email = token.map(JsonWebToken::getEmail).orElse(null);
    return new UserProfile(
        caller.getName(),
        name == null ? caller.getName() : Masking.name(name),
        email == null || email.isBlank() ? "" : Masking.email(email),
        level(token),
        actingFor());
  }

  /** The ID token when the caller signed in through a page, else the API's access token. */
  static Optional<JsonWebToken> token(Principal caller) {
    if (caller instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
      IDToken id = oidc.getOidcSecurityContext().getIDToken();
      return Optional.ofNullable(id != null ? id : oidc.getOidcSecurityContext().getToken());
    }
    return Optional.empty();
  }

  /** The realm's real-name level (1 to 4), 1 when the token says none or nonsense. */
  static int level(Optional<JsonWebToken> token) {
    Object claim = token.map(t -> t.getClaimValue(LEVEL_CLAIM)).orElse(null);
    try {
      int level = claim == null ? 1 : Integer.parseInt(claim.toString().strip());
      return level >= 1 && level <= 4 ? level : 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
