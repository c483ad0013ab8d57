package org.onewindow.keycloak.hash;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.onewindow.crypto.Sm3;

/** Hashes and checks passwords with PBKDF2-HMAC-SM3 (sm-crypto), 256-bit output, 128-bit salt. */
public class Pbkdf2Sm3PasswordHashProvider implements PasswordHashProvider {

  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final int defaultIterations;

  public Pbkdf2Sm3PasswordHashProvider(int defaultIterations) {
    this.defaultIterations = defaultIterations;
  }

  @Override
  public boolean policyCheck(PasswordPolicy policy, PasswordCredentialModel credential) {
    int wanted = iterations(policy.getHashIterations());
    return Pbkdf2Sm3PasswordHashProviderFactory.ID.equals(
            credential.getPasswordCredentialData().getAlgorithm())
        && credential.getPasswordCredentialData().getHashIterations() == wanted;
  }

  @Override
  public PasswordCredentialModel encodedCredential(String rawPassword, int iterations) {
    int rounds = iterations(iterations);
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    String hash = encode(rawPassword, salt, rounds);
    return PasswordCredentialModel.createFromValues(
        Pbkdf2Sm3PasswordHashProviderFactory.ID, salt, rounds, hash);
  }

  @Override
  public boolean verify(String rawPassword, PasswordCredentialModel credential) {
    String expected = credential.getPasswordSecretData().getValue();
    String actual =
        encode(
            rawPassword,
            credential.getPasswordSecretData().getSalt(),
            credential.getPasswordCredentialData().getHashIterations());
    // Constant-time comparison: the time taken says nothing about how much matched.
    return MessageDigest.isEqual(
        Base64.getDecoder().decode(expected), Base64.getDecoder().decode(actual));
  }

  /** -1 (the policy names no count) means the calibrated default. */
  private int iterations(int requested) {
    return requested == -1 ? defaultIterations : requested;
  }

  private static String encode(String rawPassword, byte[] salt, int iterations) {
    return Base64.getEncoder()
        .encodeToString(Sm3.pbkdf2(rawPassword.toCharArray(), salt, iterations, HASH_BYTES));
  }

  @Override
  public void close() {}
}
