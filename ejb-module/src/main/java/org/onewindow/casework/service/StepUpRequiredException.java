package org.onewindow.casework.service;

import jakarta.ejb.ApplicationException;
import org.onewindow.common.Message;
import org.onewindow.common.PlatformException;

/**
 * The caller's login proves a lower real-name level than the matter needs (001 7.2): not an error
 * for the applicant, who is taken through step-up (an OIDC login asking {@code acr_values} for the
 * level; Keycloak's real-name verification for a user below it) and back to the saved draft.
 */
@ApplicationException(rollback = true)
public class StepUpRequiredException extends PlatformException {

  private static final long serialVersionUID = 1L;

  private final int requiredLevel;

  StepUpRequiredException(int requiredLevel, int callerLevel) {
    super(Message.of("casework.online.stepUp", requiredLevel, callerLevel));
    this.requiredLevel = requiredLevel;
  }

  /** The level to ask for ({@code acr_values}). */
  public int requiredLevel() {
    return requiredLevel;
  }
}
