package org.onewindow.keycloak.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SubjectCredentialManager;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Every failed login costs one password hash of the realm's policy, whatever the account (issue 14,
 * item 5): the form runs against stand-ins of Keycloak's session, realm and users, whose hash
 * provider records each hash it is asked for (algorithm and iterations) instead of computing it.
 * Without {@link EvenCostPasswordForm} a locked user and an empty password cost no hash at all.
 */
class EvenCostPasswordFormTest {

  /** Not the provider's default: shows the dummy hash follows the realm's policy. */
  private static final int REALM_ITERATIONS = 27_500;

  private static final String ONE_HASH = "pbkdf2-sm3/" + REALM_ITERATIONS;
  private static final String RIGHT = "Right@2026";
  private static final String WRONG = "Wrong@2026";

  private final List<String> hashes = new ArrayList<>();
  private final List<String> formErrors = new ArrayList<>();
  private final Map<String, UserModel> users = new HashMap<>();
  private final Set<String> locked = new HashSet<>();
  private final List<String> outcomes = new ArrayList<>();
  private final List<String> eventErrors = new ArrayList<>();

  private KeycloakSession session;
  private RealmModel realm;

  @BeforeEach
  void realmWithItsUsers() {
    PasswordHashProvider recordingHash = new RecordingHash();
    PasswordPolicyProvider algorithmPolicy =
        Fake.of(PasswordPolicyProvider.class).answer("parseConfig", a -> a[0]).build();
    PasswordPolicyProvider iterationsPolicy =
        Fake.of(PasswordPolicyProvider.class)
            .answer("parseConfig", a -> Integer.valueOf((String) a[0]))
            .build();
    UserProvider userProvider =
        Fake.of(UserProvider.class).answer("getUserByUsername", a -> users.get(a[1])).build();
    session =
        Fake.of(KeycloakSession.class)
            .answer(
                "getProvider",
                a -> {
                  if (a.length == 2 && a[0] == PasswordHashProvider.class) {
                    return "pbkdf2-sm3".equals(a[1]) ? recordingHash : null;
                  }
                  if (a.length == 2 && a[0] == PasswordPolicyProvider.class) {
                    return PasswordPolicy.HASH_ALGORITHM_ID.equals(a[1])
                        ? algorithmPolicy
                        : iterationsPolicy;
                  }
                  return null;
                })
            .returns("users", userProvider)
            .returns("getKeycloakSessionFactory", Fake.of(KeycloakSessionFactory.class).build())
            .build();
    PasswordPolicy policy =
        PasswordPolicy.build()
            .put(PasswordPolicy.HASH_ALGORITHM_ID, "pbkdf2-sm3")
            .put(PasswordPolicy.HASH_ITERATIONS_ID, Integer.toString(REALM_ITERATIONS))
            .build(session);
    realm =
        Fake.of(RealmModel.class)
            .returns("getId", "onewindow")
            .returns("getName", "onewindow")
            .returns("getPasswordPolicy", policy)
            .returns("isBruteForceProtected", true)
            .build();
    addUser("citizen", true);
    addUser("locked", true);
    addUser("disabled", false);
    locked.add("locked");
  }

  private void addUser(String username, boolean enabled) {
    PasswordCredentialModel stored =
        PasswordCredentialModel.createFromValues(
            "pbkdf2-sm3", new byte[16], REALM_ITERATIONS, RIGHT);
    SubjectCredentialManager credentials =
        Fake.of(SubjectCredentialManager.class)
            .answer("isValid", a -> verify(a[0], stored))
            .build();
    users.put(
        username,
        Fake.of(UserModel.class)
            .returns("getId", username)
            .returns("getUsername", username)
            .returns("isEnabled", enabled)
            .returns("credentialManager", credentials)
            .build());
  }

  /** What Keycloak's password credential provider does: the stored hash's provider verifies. */
  private boolean verify(Object inputs, PasswordCredentialModel stored) {
    Collection<?> given = inputs instanceof Object[] array ? List.of(array) : (List<?>) inputs;
    CredentialInput input = (CredentialInput) given.iterator().next();
    return new RecordingHash().verify(input.getChallengeResponse(), stored);
  }

  private boolean logIn(String username, String password) {
    MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
    form.add("username", username);
    form.add("password", password);
    LoginFormsProvider page =
        Fake.of(LoginFormsProvider.class)
            .answer(
                "addError",
                a -> {
                  formErrors.add(((FormMessage) a[0]).getMessage());
                  return Fake.SELF;
                })
            .answer(
                "setError",
                a -> {
                  formErrors.add((String) a[0]);
                  return Fake.SELF;
                })
            .build();
    AuthenticationExecutionModel execution = new AuthenticationExecutionModel();
    execution.setId("level-1-password");
    BruteForceProtector protector =
        Fake.of(BruteForceProtector.class)
            .answer("isTemporarilyDisabled", a -> locked.contains(((UserModel) a[2]).getUsername()))
            .build();
    AuthenticationFlowContext context =
        Fake.of(AuthenticationFlowContext.class)
            .returns("getSession", session)
            .returns("getRealm", realm)
            .returns("getAuthenticationSession", Fake.of(AuthenticationSessionModel.class).build())
            .returns("getEvent", new RecordingEvents().event(EventType.LOGIN))
            .returns("form", page)
            .returns("getExecution", execution)
            .returns("getProtector", protector)
            .answer("failureChallenge", a -> outcomes.add("failure"))
            .answer("forceChallenge", a -> outcomes.add("force"))
            .build();
    return new EvenCostPasswordForm().validateUserAndPassword(context, form);
  }

  @Test
  void aWrongPasswordCostsOneHashOfTheRealmsPolicy() {
    assertFalse(logIn("citizen", WRONG));
    assertEquals(List.of(ONE_HASH), hashes);
  }

  @Test
  void anUnknownUserCostsTheSame() {
    assertFalse(logIn("nobody", WRONG));
    assertEquals(List.of(ONE_HASH), hashes);
  }

  @Test
  void aLockedUserCostsTheSameAndIsStillRefusedAsKeycloakDoes() {
    assertFalse(logIn("locked", RIGHT));
    assertFalse(logIn("locked", WRONG));
    assertEquals(List.of(ONE_HASH, ONE_HASH), hashes);
    // Keycloak's own lockout answer, unchanged: the event, and the message key that the onewindow
    // theme words 「用户名或密码不正确」 like every failure (000 10.3 f; RealmDefinitionTest).
    assertEquals(List.of("user_temporarily_disabled", "user_temporarily_disabled"), eventErrors);
    assertEquals(List.of("force", "force"), outcomes);
    assertEquals(
        List.of("accountTemporarilyDisabledMessage", "accountTemporarilyDisabledMessage"),
        formErrors);
  }

  @Test
  void aDisabledUserCostsTheSame() {
    assertFalse(logIn("disabled", RIGHT));
    assertFalse(logIn("disabled", WRONG));
    assertEquals(List.of(ONE_HASH, ONE_HASH), hashes);
  }

  @Test
  void anEmptyPasswordCostsTheSameForAKnownAndAnUnknownUser() {
    assertFalse(logIn("citizen", ""));
    assertFalse(logIn("nobody", ""));
    assertFalse(logIn("locked", ""));
    assertEquals(List.of(ONE_HASH, ONE_HASH, ONE_HASH), hashes);
  }

  @Test
  void theRightPasswordStillLogsInWithOneHash() {
    assertTrue(logIn("citizen", RIGHT));
    assertEquals(List.of(ONE_HASH), hashes);
  }

  /** Keycloak's event builder, keeping the errors instead of sending them. */
  private final class RecordingEvents extends EventBuilder {

    RecordingEvents() {
      super(realm, session);
    }

    @Override
    public void error(String error) {
      eventErrors.add(error);
    }
  }

  /** A pbkdf2-sm3 provider that records each hash instead of computing it. */
  private final class RecordingHash implements PasswordHashProvider {

    @Override
    public boolean policyCheck(PasswordPolicy policy, PasswordCredentialModel credential) {
      return true;
    }

    @Override
    public PasswordCredentialModel encodedCredential(String rawPassword, int iterations) {
      hashes.add("pbkdf2-sm3/" + iterations);
      return PasswordCredentialModel.createFromValues(
          "pbkdf2-sm3", new byte[16], iterations, rawPassword);
    }

    @Override
    public boolean verify(String rawPassword, PasswordCredentialModel credential) {
      hashes.add("pbkdf2-sm3/" + credential.getPasswordCredentialData().getHashIterations());
      return rawPassword.equals(credential.getPasswordSecretData().getValue());
    }

    @Override
    public void close() {}
  }
}
