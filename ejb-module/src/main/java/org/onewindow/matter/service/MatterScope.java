package org.onewindow.matter.service;

import jakarta.ejb.SessionContext;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;

/**
 * Whose implementation-list items the caller edits and sees unpublished (issue 19 item 1): platform
 * administrators every unit's; an access unit's administrators (its developers) and its system
 * accounts their own unit's only ({@link UnitScope}). Published items everyone reads.
 */
final class MatterScope {

  private MatterScope() {}

  static UnitScope of(SessionContext session) {
    if (session.isCallerInRole(Roles.PLATFORM_ADMIN)) {
      return UnitScope.platformWide();
    }
    if (session.isCallerInRole(Roles.UNIT_DEVELOPER) || session.isCallerInRole(Roles.API_CLIENT)) {
      return UnitScope.of(session);
    }
    return UnitScope.ofUnit(""); // no unit: no unpublished item
  }

  /** Whether the caller may work on items at all (an editor's role). */
  static boolean editor(SessionContext session) {
    return session.isCallerInRole(Roles.PLATFORM_ADMIN)
        || session.isCallerInRole(Roles.UNIT_DEVELOPER)
        || session.isCallerInRole(Roles.API_CLIENT);
  }
}
