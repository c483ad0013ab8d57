package org.onewindow.crypto.sm2;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.sm2.Sm2Signature.Encoding;

/** The fast verifier agrees with Bouncy Castle's reference verifier. */
class Sm2VerifierTest {

  private static final Sm2Keys.Pair PAIR = Sm2Keys.generate();
  private static final Sm2Verifier VERIFIER = new Sm2Verifier(PAIR.publicKey());
  private static final Sm2FastSigner SIGNER = new Sm2FastSigner(PAIR.privateKey());

  @Test
  void acceptsReferenceSignaturesInBothEncodings() {
    byte[] message = "POST /api/v1/tickets".getBytes(StandardCharsets.UTF_8);
    byte[] der = Sm2Signature.sign(PAIR.privateKey(), message);
    assertTrue(VERIFIER.verify(message, der));
    byte[] raw = Sm2Signature.convert(der, Encoding.DER, Encoding.RAW);
    assertTrue(VERIFIER.verify(message, raw, Encoding.RAW));
  }

  @Test
  void refusesOtherKeysOtherIdsAndGarbage() {
    byte[] message = {1, 2, 3};
    byte[] signature = Sm2Signature.sign(PAIR.privateKey(), message);
    assertFalse(new Sm2Verifier(Sm2Keys.generate().publicKey()).verify(message, signature));
    assertFalse(
        new Sm2Verifier(PAIR.publicKey(), "other-id".getBytes(StandardCharsets.US_ASCII))
            .verify(message, signature));
    assertFalse(VERIFIER.verify(message, new byte[] {0x30, 0x03, 0x02, 0x01, 0x00}));
    assertFalse(VERIFIER.verify(message, null));
    assertFalse(VERIFIER.verify(message, new byte[64], Encoding.RAW));
  }

  @Property(tries = 200)
  void agreesWithTheReferenceOnAlteredMessages(
      @ForAll @Size(min = 1, max = 64) byte[] message, @ForAll @IntRange(min = 0) int position) {
    byte[] signature = SIGNER.sign(message);
    assertTrue(VERIFIER.verify(message, signature));
    byte[] altered = message.clone();
    altered[position % altered.length] ^= 0x01;
    assertFalse(VERIFIER.verify(altered, signature));
    assertFalse(Sm2Signature.verify(PAIR.publicKey(), altered, signature));
  }
}
