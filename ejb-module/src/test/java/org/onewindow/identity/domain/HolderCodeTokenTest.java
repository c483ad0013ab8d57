package org.onewindow.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.identity.domain.HolderCodeRules.Verdict;

/**
 * 000 8.1.2 k: the code token signs and verifies, refuses every change, stands only for its minutes
 * and carries no name in clear (000 示例8; docs/wire-formats.md "Holder code token").
 */
class HolderCodeTokenTest {

  private static final Sm2Keys.Pair KEY = Sm2Keys.generate();
  private static final Instant ISSUED = Instant.parse("2026-12-07T08:00:00Z");

  private static HolderCodeToken.Claims claims() {
    return new HolderCodeToken.Claims(
        "code-20261207-0a1b2c3d",
        "q0zGJ2m8Vt0b3mG3lE3fVg",
        HolderCodeToken.Kind.PERSON,
        "H7Kp2s9dZl0uQm1xYb4n6A",
        "王**",
        3,
        ISSUED,
        ISSUED.plus(HolderCodeRules.LIFETIME));
  }

  private static Verdict judge(String token, Instant now) {
    return HolderCodeRules.judge(HolderCodeToken.parse(token), Optional.of(KEY.publicKey()), now);
  }

  @Test
  void aTokenVerifiesAndReadsBackWhatWasSigned() {
    String token = HolderCodeToken.sign(KEY.privateKey(), claims());
    assertTrue(token.startsWith("OWC1."));
    assertEquals(claims(), HolderCodeToken.parse(token).orElseThrow().claims());
    assertEquals(Verdict.VALID, judge(token, ISSUED.plusSeconds(10)));
  }

  @Test
  void thePayloadIsTheDocumentedText() {
    assertEquals(
        "onewindow-holder-code/1\nkeyId=code-20261207-0a1b2c3d\ntokenId=q0zGJ2m8Vt0b3mG3lE3fVg\n"
            + "kind=PERSON\nholder=H7Kp2s9dZl0uQm1xYb4n6A\nname=王**\nlevel=3\n"
            + "issuedAt=2026-12-07T08:00:00Z\nexpiresAt=2026-12-07T08:05:00Z\n",
        new String(HolderCodeToken.payload(claims()), StandardCharsets.UTF_8));
  }

  @Test
  void aChangedPayloadOrSignatureOrAnotherKeyIsTampered() {
    String token = HolderCodeToken.sign(KEY.privateKey(), claims());
    String[] parts = token.substring(5).split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
            .replace("level=3", "level=4");
    String raised =
        "OWC1."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1];
    assertEquals(4, HolderCodeToken.parse(raised).orElseThrow().claims().level());
    assertEquals(Verdict.TAMPERED, judge(raised, ISSUED));

    byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
    signature[signature.length - 1] ^= 1;
    String flipped =
        "OWC1."
            + parts[0]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    assertEquals(Verdict.TAMPERED, judge(flipped, ISSUED));

    Sm2PublicKey other = Sm2Keys.generate().publicKey();
    assertFalse(HolderCodeToken.parse(token).orElseThrow().signedBy(other));
    assertEquals(
        Verdict.TAMPERED,
        HolderCodeRules.judge(HolderCodeToken.parse(token), Optional.empty(), ISSUED));
  }

  @Test
  void whatIsNoTokenIsTampered() {
    for (String text :
        new String[] {
          null, "", "OWC1.", "OWC1.a.b.c", "OWC2.YQ.YQ", "OWC1.!!.??", "x".repeat(2000)
        }) {
      assertEquals(Verdict.TAMPERED, judge(text, ISSUED), String.valueOf(text));
    }
  }

  @Test
  void itStandsForItsMinutesOnly() {
    String token = HolderCodeToken.sign(KEY.privateKey(), claims());
    assertEquals(
        Verdict.VALID, judge(token, ISSUED.plus(HolderCodeRules.LIFETIME).minusSeconds(1)));
    assertEquals(Verdict.EXPIRED, judge(token, ISSUED.plus(HolderCodeRules.LIFETIME)));
    assertEquals(Verdict.EXPIRED, judge(token, ISSUED.plusSeconds(3600)));
    // Issued in the future beyond the clocks' allowance: not trusted.
    assertEquals(Verdict.NOT_YET_VALID, judge(token, ISSUED.minusSeconds(120)));
    assertEquals(Verdict.VALID, judge(token, ISSUED.minusSeconds(30)));
  }

  @Test
  void aTokenSignedForLongerThanAnyCodeStandsIsNotTrusted() {
    HolderCodeToken.Claims c = claims();
    HolderCodeToken.Claims forADay =
        new HolderCodeToken.Claims(
            c.keyId(),
            c.tokenId(),
            c.kind(),
            c.holder(),
            c.maskedName(),
            c.level(),
            c.issuedAt(),
            c.issuedAt().plusSeconds(86_400));
    assertEquals(
        Verdict.NOT_YET_VALID, judge(HolderCodeToken.sign(KEY.privateKey(), forADay), ISSUED));
  }

  @Test
  void aLineBreakInAValueIsRefusedNotEscaped() {
    HolderCodeToken.Claims c = claims();
    HolderCodeToken.Claims broken =
        new HolderCodeToken.Claims(
            c.keyId(),
            c.tokenId(),
            c.kind(),
            c.holder(),
            "王**\nlevel=4",
            c.level(),
            c.issuedAt(),
            c.expiresAt());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> HolderCodeToken.payload(broken));
  }
}
