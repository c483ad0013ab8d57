package org.onewindow.common;

import jakarta.ejb.SessionContext;
import java.security.Principal;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Which access unit's records the caller may see and change (issue 5 item 7; 000 8.2.4): platform
 * administrators and reviewers all (reviewers work the whole queue); a unit's developer only its
 * own unit's, named by the {@code access_unit} claim the realm puts in its tokens from the user's
 * {@code accessUnit} attribute — Keycloak stays the only user store. A developer without the claim
 * sees nothing. A system account ({@code api-client}) with the claim is its unit's; without it, it
 * is the platform's own and unrestricted.
 */
public final class UnitScope {

  /** The token claim naming the caller's access unit. */
  public static final String CLAIM = "access_unit";

  private final boolean unrestricted;
  private final String unit;

  private UnitScope(boolean unrestricted, String unit) {
    this.unrestricted = unrestricted;
    this.unit = unit;
  }

  /** The scope of the caller of {@code session}. */
  public static UnitScope of(SessionContext session) {
    String unit = claim(session.getCallerPrincipal());
    boolean platformWide =
        session.isCallerInRole(Roles.PLATFORM_ADMIN)
            || session.isCallerInRole(Roles.APP_REVIEWER)
            || (session.isCallerInRole(Roles.API_CLIENT)
                && !session.isCallerInRole(Roles.UNIT_DEVELOPER)
                && unit.isEmpty());
    return new UnitScope(platformWide, unit);
  }

  /**
   * The scope of a caller that sees every unit: the platform's own jobs, which act without a
   * session, and tests.
   */
  public static UnitScope platformWide() {
    return new UnitScope(true, "");
  }

  /**
   * The scope of a caller limited to the unit named {@code unit} (blank: to none), as a unit's
   * developer's session gives it; for the platform's own jobs and tests.
   */
  public static UnitScope ofUnit(String unit) {
    return new UnitScope(false, unit == null ? "" : unit.strip());
  }

  /** The unit the caller is limited to, or null when it sees every unit. */
  public String restrictedTo() {
    return unrestricted ? null : unit;
  }

  /** Whether the caller may see a record owned by the unit named {@code owner}. */
  public boolean allows(String owner) {
    return unrestricted || (!unit.isEmpty() && unit.equals(owner));
  }

  /**
   * For reading or changing a record of the unit named {@code owner}: another unit's record does
   * not exist for the caller (the same answer as a missing one, so ids reveal nothing).
   *
   * @throws NotFoundException when the caller may not see it
   */
  public void checkSees(String owner, String notFoundKey, Object... arguments) {
    if (!allows(owner)) {
      throw NotFoundException.keyed(notFoundKey, arguments);
    }
  }

  /**
   * For creating a record in the name of the unit named {@code owner}.
   *
   * @throws DutySeparationException when the caller belongs to another unit or to none
   */
  public void checkActsFor(String owner) {
    if (unrestricted) {
      return;
    }
    if (unit.isEmpty()) {
      throw DutySeparationException.keyed("common.unitScope.noUnit");
    }
    if (!unit.equals(owner)) {
      throw DutySeparationException.keyed("common.unitScope.otherUnit", unit);
    }
  }

  private static String claim(Principal principal) {
    if (principal instanceof OidcPrincipal<?> oidc
        && oidc.getOidcSecurityContext() != null
        && oidc.getOidcSecurityContext().getToken() != null) {
      Object value = oidc.getOidcSecurityContext().getToken().getClaimValue(CLAIM);
      return value == null ? "" : value.toString().strip();
    }
    return "";
  }
}
