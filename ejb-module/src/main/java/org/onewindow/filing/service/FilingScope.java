package org.onewindow.filing.service;

import jakarta.ejb.SessionContext;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;

/**
 * Whose filings the caller sees (000 10; issue 18): filing reviewers and platform administrators
 * every unit's — they work the whole queue — and a unit's developers and system accounts their own
 * unit's only ({@link UnitScope}).
 */
final class FilingScope {

  private FilingScope() {}

  static UnitScope of(SessionContext session) {
    if (session.isCallerInRole(Roles.PLATFORM_ADMIN)
        || session.isCallerInRole(Roles.FILING_REVIEWER)) {
      return UnitScope.platformWide();
    }
    return UnitScope.of(session);
  }
}
