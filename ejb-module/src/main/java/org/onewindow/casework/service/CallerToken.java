package org.onewindow.casework.service;

import jakarta.ejb.SessionContext;
import java.security.Principal;
import org.onewindow.common.UnitScope;
import org.onewindow.crypto.mask.PersonNames;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * What the caller's token says, read where the rule needs it (never from a page): the {@code acr}
 * (the real-name level the login proved, see {@code RealNameRequirement}), the access unit, the
 * person's name. A caller without an OIDC token (a test, a job) has none of them.
 */
record CallerToken(String username, Object acr, String accessUnit, String displayName) {

  static CallerToken of(SessionContext session) {
    Principal principal = session.getCallerPrincipal();
    String username = principal == null ? "" : principal.getName();
    if (principal instanceof OidcPrincipal<?> oidc
        && oidc.getOidcSecurityContext() != null
        && oidc.getOidcSecurityContext().getToken() != null) {
      AccessToken token = oidc.getOidcSecurityContext().getToken();
      Object unit = token.getClaimValue(UnitScope.CLAIM);
      // the person's name as the portal shows it: the ID token's, else the access token's
      JsonWebToken named =
          oidc.getOidcSecurityContext().getIDToken() != null
              ? oidc.getOidcSecurityContext().getIDToken()
              : token;
      return new CallerToken(
          username,
          token.getClaimValue("acr"),
          unit == null ? "" : unit.toString().strip(),
          PersonNames.display(
              named.getFamilyName(), named.getGivenName(), named.getName(), username));
    }
    return new CallerToken(username, null, "", username);
  }
}
