package org.onewindow.keycloak.stepup;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.onewindow.keycloak.realname.RealNameLevel;
import org.onewindow.keycloak.realname.RealNameVerificationRequiredActionFactory;

/**
 * Passes when the user's real-name level reaches the level this execution guards (its config {@code
 * level}). Below it, for levels the real-name check can give (up to 3), it passes and adds {@code
 * real-name-verification} to this authentication only: Keycloak runs that action before it issues a
 * code, so no token leaves with the level unless the check succeeded. Above that (level 4, face
 * verification) it fails with a message saying so.
 */
public class RealNameLevelAuthenticator implements Authenticator {

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    int required = requiredLevel(context.getAuthenticatorConfig());
    UserModel user = context.getUser();
    if (RealNameLevel.of(user) >= required) {
      context.success();
    } else if (required <= RealNameLevel.VERIFIED) {
      context
          .getAuthenticationSession()
          .addRequiredAction(RealNameVerificationRequiredActionFactory.ID);
      context.success();
    } else {
      // 003 Annex A 10003 已经登入，未验证人脸: the standard's own words for this state.
      context.getEvent().user(user).detail("real_name_level_required", Integer.toString(required));
      Response page =
          context
              .form()
              .setError("realNameFaceVerificationRequired")
              .createErrorPage(Response.Status.FORBIDDEN);
      context.failureChallenge(AuthenticationFlowError.ACCESS_DENIED, page);
    }
  }

  /** The configured level; an execution without a usable config guards level 3 (001 7.2). */
  static int requiredLevel(AuthenticatorConfigModel config) {
    if (config == null || config.getConfig() == null) {
      return RealNameLevel.VERIFIED;
    }
    String value = config.getConfig().get(RealNameLevelAuthenticatorFactory.LEVEL);
    try {
      int level = Integer.parseInt(value == null ? "" : value.strip());
      return Math.max(RealNameLevel.REGISTERED, Math.min(level, RealNameLevel.FACE_VERIFIED));
    } catch (NumberFormatException e) {
      return RealNameLevel.VERIFIED;
    }
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    authenticate(context);
  }

  @Override
  public boolean requiresUser() {
    return true;
  }

  @Override
  public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
    return true;
  }

  @Override
  public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

  @Override
  public void close() {}
}
