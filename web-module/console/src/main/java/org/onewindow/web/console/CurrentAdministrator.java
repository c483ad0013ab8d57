package org.onewindow.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.crypto.mask.PersonNames;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/** Who is signed in to the console: display name and the platform roles they hold. */
@Named
@RequestScoped
public class CurrentAdministrator {

  /** The roles the console shows, in the order of their weight. */
  static final List<String> PLATFORM_ROLES =
      List.of(
          Roles.PLATFORM_ADMIN,
          Roles.APP_REVIEWER,
          Roles.FILING_REVIEWER,
          Roles.UNIT_DEVELOPER,
          Roles.CITIZEN,
          Roles.ENTERPRISE_USER);

  @Inject private HttpServletRequest request;

  /** The login name (the token's {@code preferred_username}). */
  public String getUsername() {
    Principal principal = request.getUserPrincipal();
    return principal == null ? "" : principal.getName();
  }

  /**
   * The person's name from the ID token's {@code family_name} and {@code given_name} as {@link
   * PersonNames} shows it (王建国; the token's own {@code name} is "建国 王"), falling back to the login
   * name.
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

  /**
   * The real-name level (C 0114 levels 1–4) from the ID token's {@code real_name_level} claim, or
   * null when the account has none.
   */
  public Integer getRealNameLevel() {
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc
        && oidc.getOidcSecurityContext() != null
        && oidc.getOidcSecurityContext().getIDToken() != null) {
      Object level = oidc.getOidcSecurityContext().getIDToken().getClaimValue("real_name_level");
      if (level instanceof Number number) {
        return number.intValue();
      }
    }
    return null;
  }

  /**
   * The access unit the user acts for, from the access token's {@link UnitScope#CLAIM} claim (the
   * realm's {@code accessUnit} user attribute, as the services read it); empty for a user of no
   * unit (platform administrators and reviewers).
   */
  public String getUnit() {
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc
        && oidc.getOidcSecurityContext() != null
        && oidc.getOidcSecurityContext().getToken() != null) {
      Object unit = oidc.getOidcSecurityContext().getToken().getClaimValue(UnitScope.CLAIM);
      return unit == null ? "" : unit.toString().strip();
    }
    return "";
  }

  /** The platform roles of the signed-in user. */
  public List<String> getRoles() {
    return PLATFORM_ROLES.stream().filter(request::isUserInRole).toList();
  }
}
