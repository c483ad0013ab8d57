package org.onewindow.keycloak.realname;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onewindow.crypto.mask.IdCardNumber;

/** The SANDBOX registry: usable through the real form, and nothing but its own pairs match. */
class SandboxRealNameVerifierTest {

  private final SandboxRealNameVerifier sandbox = new SandboxRealNameVerifier();

  @Test
  void everySandboxIdNumberPassesTheGb11643CheckSoTheFormAcceptsIt() {
    SandboxRealNameVerifier.REGISTRY
        .keySet()
        .forEach(id -> assertTrue(IdCardNumber.isValid(id), id));
  }

  @Test
  void theDocumentedPairsMatch() {
    assertTrue(sandbox.matches("张三", "110101199003074514"));
    assertTrue(sandbox.matches("测试用户", "320102199511200068"));
  }

  @Test
  void anotherNameOrAnUnknownNumberDoesNotMatch() {
    assertFalse(sandbox.matches("李四", "110101199003074514"));
    assertFalse(sandbox.matches("张三", "110101199003074530"));
  }

  @Test
  void itSaysItIsASandbox() {
    assertTrue(sandbox.isSandbox());
    assertFalse(((RealNameVerifier) (name, id) -> true).isSandbox());
  }
}
