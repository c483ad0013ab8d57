package org.onewindow.identity.service;

import jakarta.ejb.SessionContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import org.onewindow.common.Roles;
import org.onewindow.identity.domain.UnifiedSocialCreditCode;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * On whose behalf the caller acts (001 7.7: accounts of 法人和其他组织): an enterprise user (realm role
 * {@code enterprise-user}) acts for the enterprise whose 统一社会信用代码 the realm puts in the {@value
 * #CLAIM} claim from the user's {@code enterpriseUscc} attribute — Keycloak stays the only user
 * store; everyone else acts for themselves. A capability that files something in a user's name (a
 * case, a consultation) asks this, not the page.
 *
 * @param enterpriseUscc the enterprise's code, or null when the caller acts as a natural person
 */
public record ActingParty(String enterpriseUscc) implements Serializable {

  /** The token claim naming the enterprise an enterprise user acts for. */
  public static final String CLAIM = "enterprise_uscc";

  /** Whether the caller acts for an enterprise (法人). */
  public boolean forEnterprise() {
    return enterpriseUscc != null;
  }

  /**
   * The party the caller of {@code session} acts for: the enterprise when the caller holds the role
   * and a valid code, else the person. A malformed code counts as none.
   */
  public static ActingParty of(SessionContext session) {
    if (!session.isCallerInRole(Roles.ENTERPRISE_USER)) {
      return new ActingParty(null);
    }
    return new ActingParty(
        claim(session.getCallerPrincipal()).filter(UnifiedSocialCreditCode::isValid).orElse(null));
  }

  private static Optional<String> claim(Principal principal) {
    if (principal instanceof OidcPrincipal<?> oidc
        && oidc.getOidcSecurityContext() != null
        && oidc.getOidcSecurityContext().getToken() != null) {
      Object value = oidc.getOidcSecurityContext().getToken().getClaimValue(CLAIM);
      return value == null ? Optional.empty() : Optional.of(value.toString().strip());
    }
    return Optional.empty();
  }
}
