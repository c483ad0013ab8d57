package org.onewindow.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.onewindow.crypto.mask.PersonNames;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/** The portal's view of who is signed in, if anyone. */
@Named
@RequestScoped
public class SignedInUser {

  @Inject private HttpServletRequest request;

  public boolean isSignedIn() {
    return request.getUserPrincipal() != null;
  }

  public String getUsername() {
    Principal principal = request.getUserPrincipal();
    return principal == null ? "" : principal.getName();
  }

  /**
   * The person's name from the ID token's {@code family_name} and {@code given_name} as {@link
   * PersonNames} shows it (王建国), falling back to the login name.
   */
  public String getDisplayName() {
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc
        && oidc.getOidcSecurityContext() != null
        && oidc.getOidcSecurityContext().getIDToken() != null) {
      IDToken token = oidc.getOidcSecurityContext().getIDToken();
      return PersonNames.display(
          token.getFamilyName(), token.getGivenName(), token.getName(), getUsername());
    }
    return getUsername();
  }
}
