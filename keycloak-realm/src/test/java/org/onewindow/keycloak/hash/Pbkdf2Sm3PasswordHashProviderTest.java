package org.onewindow.keycloak.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.onewindow.crypto.Sm3;

/** The provider's hashes are PBKDF2-HMAC-SM3 and verify only the right password. */
class Pbkdf2Sm3PasswordHashProviderTest {

  private final Pbkdf2Sm3PasswordHashProvider provider = new Pbkdf2Sm3PasswordHashProvider(1_000);

  @Test
  void aCredentialIsPbkdf2HmacSm3OfThePasswordWithItsSalt() {
    PasswordCredentialModel credential = provider.encodedCredential("OneWindow@2026", 1_200);
    assertEquals("pbkdf2-sm3", credential.getPasswordCredentialData().getAlgorithm());
    assertEquals(1_200, credential.getPasswordCredentialData().getHashIterations());
    byte[] salt = credential.getPasswordSecretData().getSalt();
    assertEquals(16, salt.length);
    assertArrayEquals(
        Sm3.pbkdf2("OneWindow@2026".toCharArray(), salt, 1_200, 32),
        Base64.getDecoder().decode(credential.getPasswordSecretData().getValue()));
  }

  @Test
  void onlyTheRightPasswordVerifies() {
    PasswordCredentialModel credential = provider.encodedCredential("OneWindow@2026", -1);
    assertEquals(1_000, credential.getPasswordCredentialData().getHashIterations());
    assertTrue(provider.verify("OneWindow@2026", credential));
    assertFalse(provider.verify("OneWindow@2025", credential));
    assertFalse(provider.verify("", credential));
  }

  @Test
  void everyCredentialGetsItsOwnSalt() {
    PasswordCredentialModel first = provider.encodedCredential("same", 1_000);
    PasswordCredentialModel second = provider.encodedCredential("same", 1_000);
    assertNotEquals(
        first.getPasswordSecretData().getValue(), second.getPasswordSecretData().getValue());
  }
}
