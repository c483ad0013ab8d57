package org.onewindow.keycloak.realname;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.jboss.logging.Logger;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.onewindow.crypto.mask.IdCardNumber;
import org.onewindow.crypto.mask.Masking;

/**
 * 实名认证等级提升 (001 7.7 b): asks for 姓名 and 身份证号, checks the number's form and GB 11643 check character
 * here, asks the verifier, and on a match raises the user's level to 3 (001 7.2). Bad input and
 * mismatches show the form again with a message and change nothing; after {@link
 * RealNameAttempts#LIMIT} mismatches within {@link RealNameAttempts#WINDOW} the form says
 * 认证失败次数超限，请稍后再试 (003 Annex A 10027) until the oldest of them is a window old.
 *
 * <p>It runs when the step-up authenticator finds the level too low for what a client asked, when
 * an administrator sets it on a user, or from the user centre ({@code kc_action}).
 */
public class RealNameVerificationRequiredAction implements RequiredActionProvider {

  static final String FORM = "real-name-verification.ftl";
  static final String NAME_FIELD = "realName";
  static final String ID_NUMBER_FIELD = "idNumber";

  /** Longer than any name on a resident ID card, short enough to keep junk out of the service. */
  static final int MAX_NAME_LENGTH = 50;

  private static final Logger LOG = Logger.getLogger(RealNameVerificationRequiredAction.class);

  private final RealNameVerifier verifier;

  RealNameVerificationRequiredAction(RealNameVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  public InitiatedActionSupport initiatedActionSupport() {
    return InitiatedActionSupport.SUPPORTED; // the user centre's entry (001 7.7 b)
  }

  @Override
  public void evaluateTriggers(RequiredActionContext context) {
    // Never by itself: the step-up authenticator, an administrator or the user asks for it.
  }

  @Override
  public void requiredActionChallenge(RequiredActionContext context) {
    if (RealNameLevel.of(context.getUser()) >= RealNameLevel.VERIFIED) {
      context.success(); // already verified: nothing to raise
      return;
    }
    context.challenge(form(context, "").createForm(FORM));
  }

  @Override
  public void processAction(RequiredActionContext context) {
    MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
    String name = strip(form.getFirst(NAME_FIELD));
    String idNumber = strip(form.getFirst(ID_NUMBER_FIELD)).toUpperCase(Locale.ROOT);

    List<FormMessage> errors = new ArrayList<>();
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      errors.add(new FormMessage(NAME_FIELD, "realNameNameInvalid"));
    }
    if (!IdCardNumber.isValid(idNumber)) {
      errors.add(new FormMessage(ID_NUMBER_FIELD, "realNameIdNumberInvalid"));
    }
    if (!errors.isEmpty()) {
      context.getEvent().clone().error("real_name_invalid_input");
      context.challenge(form(context, name).setErrors(errors).createForm(FORM));
      return;
    }

    String masked = Masking.idNumber(idNumber);
    RealNameAttempts attempts = new RealNameAttempts(context.getSession().singleUseObjects());
    String userId = context.getUser().getId();
    // The attempt is claimed before the verifier is asked, so concurrent submissions cannot all
    // pass the limit (RealNameAttempts).
    OptionalInt slot = attempts.claim(userId);
    if (slot.isEmpty()) {
      // 003 Annex A 10027: the verifier is not asked again until the window ends.
      context.getEvent().clone().detail("id_number", masked).error("real_name_attempts_exceeded");
      context.challenge(
          form(context, name)
              .addError(new FormMessage(FormMessage.GLOBAL, "realNameAttemptsExceeded"))
              .createForm(FORM));
      return;
    }
    boolean matches;
    try {
      matches = verifier.matches(name, idNumber);
    } catch (RealNameServiceException e) {
      attempts.release(userId, slot.getAsInt()); // no answer: the attempt does not count
      LOG.warnf(
          "real-name check for user %s got no answer: %s",
          context.getUser().getId(), e.getMessage());
      context.getEvent().clone().detail("id_number", masked).error("real_name_service_unavailable");
      context.challenge(
          form(context, name)
              .addError(new FormMessage(FormMessage.GLOBAL, "realNameServiceUnavailable"))
              .createForm(FORM));
      return;
    }
    if (!matches) {
      // The mismatch keeps its slot for the window.
      context.getEvent().clone().detail("id_number", masked).error("real_name_mismatch");
      context.challenge(
          form(context, name)
              .addError(new FormMessage(FormMessage.GLOBAL, "realNameMismatch"))
              .createForm(FORM));
      return;
    }

    attempts.reset(userId);
    RealNameLevel.raise(context.getUser(), RealNameLevel.VERIFIED);
    // Only the masked number leaves this method; the number itself is stored nowhere.
    context
        .getEvent()
        .detail("id_number", masked)
        .detail("real_name_level", Integer.toString(RealNameLevel.of(context.getUser())));
    context.success();
  }

  private LoginFormsProvider form(RequiredActionContext context, String name) {
    UserModel user = context.getUser();
    LoginFormsProvider form =
        context
            .form()
            .setAttribute("realName", name)
            .setAttribute("realNameLevel", RealNameLevel.of(user));
    return verifier.isSandbox() ? form.setAttribute("realNameSandbox", Boolean.TRUE) : form;
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  @Override
  public void close() {}
}
