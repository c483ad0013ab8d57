package org.onewindow.appcenter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.review.ReviewAction;

/**
 * What a credential re-issue asks for (000 9.3 生成key、secret; 003 6.3.2.3), and how an app takes it.
 */
class CredentialReissueTest {

  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  @Test
  void nothingChosenIsRefused() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> CredentialReissue.of(false, null, " "));
    assertEquals("credentials", e.field());
  }

  @Test
  void theSm2PairIsGeneratedUnlessTheUnitGivesItsPublicKey() {
    CredentialReissue generated = CredentialReissue.of(null, true, null);
    assertTrue(generated.generatesSm2Pair());
    assertFalse(generated.sm4Key());
    assertEquals("SM2 密钥对（平台生成）", generated.describe());

    String pem = Sm2Keys.generate().publicKey().toPem();
    CredentialReissue own = CredentialReissue.of(true, null, "\n" + pem + "\n");
    assertTrue(own.sm2Key(), "a public key alone implies a new SM2 key");
    assertFalse(own.generatesSm2Pair());
    assertEquals(pem, own.sm2PublicKeyPem());
    assertEquals("SM4 密钥、SM2 公钥（单位提供）", own.describe());

    CredentialReissue sm4Only = CredentialReissue.of(true, false, null);
    assertFalse(sm4Only.sm2Key());
    assertNull(sm4Only.sm2PublicKeyPem());
    assertEquals("SM4 密钥", sm4Only.describe());
  }

  @Test
  void aPublicKeyThatIsNotSm2OrComesWithSm2KeyFalseIsRefused() {
    assertEquals(
        "sm2PublicKey",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CredentialReissue.of(
                        null, true, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
            .field());
    String pem = Sm2Keys.generate().publicKey().toPem();
    assertThrows(InvalidInputException.class, () -> CredentialReissue.of(true, false, pem));
  }

  @Test
  void anAppTakesNewKeysInAnyStateButNotItsOwnPublicKeyAgain() {
    String oldPem = Sm2Keys.generate().publicKey().toPem();
    AccessUnit unit = AccessUnit.register("北京市政务服务管理局", "110000", "admin", NOW);
    ServiceApp app =
        ServiceApp.apply(
            unit,
            "app-abcdefghijkl",
            "公交出行",
            "",
            "https://bus.example.gov.cn",
            oldPem,
            "ref-1",
            "developer",
            NOW);
    app.perform(ReviewAction.SUBMIT, "developer", null, NOW);
    app.perform(ReviewAction.APPROVE, "reviewer", null, NOW);
    app.perform(ReviewAction.ONLINE, "reviewer", null, NOW);
    app.perform(ReviewAction.OFFLINE, "reviewer", "密钥疑似泄露", NOW);

    InvalidInputException same =
        assertThrows(InvalidInputException.class, () -> app.reissue(oldPem, "ref-2"));
    assertEquals("sm2PublicKey", same.field());
    assertEquals("ref-1", app.getSm4KeyRef(), "a refused re-issue changes nothing");

    app.reissue(null, "ref-2");
    assertEquals(oldPem, app.getSm2PublicKeyPem());
    assertEquals("ref-2", app.getSm4KeyRef());
    String newPem = Sm2Keys.generate().publicKey().toPem();
    app.reissue(newPem, null);
    assertEquals(newPem, app.getSm2PublicKeyPem());
    assertEquals("ref-2", app.getSm4KeyRef());
  }
}
