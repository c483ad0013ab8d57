package org.onewindow.crypto.sm2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.sm2.Sm2Signature.Encoding;

/** The fast signer produces standard SM2 signatures, and its fixed-base k·G is k·G. */
class Sm2FastSignerTest {

  /** Hands out the same bytes every time: every nonce of a batch is the example's k. */
  private static final class RepeatingRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] value;

    RepeatingRandom(byte[] value) {
      this.value = value;
    }

    @Override
    public void nextBytes(byte[] bytes) {
      for (int i = 0; i < bytes.length; i++) {
        bytes[bytes.length - 1 - i] = value[value.length - 1 - (i % value.length)];
      }
    }
  }

  @Test
  void fixedBaseMultiplicationAgreesWithBouncyCastle() {
    BigInteger n = Sm2Curve.DOMAIN.getN();
    BigInteger[] scalars = {
      BigInteger.ONE,
      BigInteger.TWO,
      BigInteger.valueOf(31),
      BigInteger.valueOf(32),
      BigInteger.ONE.shiftLeft(255),
      n.subtract(BigInteger.ONE),
      new BigInteger("59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21", 16)
    };
    for (BigInteger k : scalars) {
      ECPoint expected = Sm2Curve.DOMAIN.getG().multiply(k).normalize();
      assertEquals(expected, Sm2FixedBase.instance().multiply(k).normalize(), k.toString(16));
    }
  }

  @Test
  void theStandardsSignatureExampleIsReproduced() {
    // GM/T 0003.5-2012 example, nonce fixed: the same r and s as the reference signer.
    Sm2PrivateKey key =
        Sm2PrivateKey.fromHex("3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8");
    Sm2FastSigner signer =
        new Sm2FastSigner(
            key,
            Sm2Signature.DEFAULT_ID,
            new RepeatingRandom(
                HexFormat.of()
                    .parseHex("59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21")));
    byte[] signature =
        signer.sign("message digest".getBytes(StandardCharsets.US_ASCII), Encoding.RAW);
    assertEquals(
        "f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3"
            + "b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa",
        HexFormat.of().formatHex(signature));
  }

  @Test
  void aSignerWithPrecomputationHandsOutEveryNonceOnceAndSignsCorrectly() {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    // Runs the "background" refills at once, in this thread: deterministic, still the same path.
    Sm2FastSigner signer =
        new Sm2FastSigner(pair.privateKey(), Sm2Signature.DEFAULT_ID, Runnable::run);
    java.util.Set<BigInteger> rs = new java.util.HashSet<>();
    for (int i = 0; i < 4 * Sm2FastSigner.BATCH; i++) {
      byte[] message = {7};
      byte[] signature = signer.sign(message, Encoding.RAW);
      assertTrue(
          Sm2Signature.verify(
              pair.publicKey(), message, signature, Sm2Signature.DEFAULT_ID, Encoding.RAW));
      // Same message: r = e + x1 differs only if k does, so equal r would mean a reused nonce.
      assertTrue(rs.add(new BigInteger(1, java.util.Arrays.copyOf(signature, 32))), "nonce reused");
    }
  }

  @Test
  void manySignaturesAcrossBatchesAllVerify() {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    byte[] id = "onewindow-platform".getBytes(StandardCharsets.US_ASCII);
    Sm2FastSigner signer = new Sm2FastSigner(pair.privateKey(), id);
    for (int i = 0; i < 3 * Sm2FastSigner.BATCH; i++) {
      byte[] message = ("ticket-" + i).getBytes(StandardCharsets.UTF_8);
      byte[] signature = signer.sign(message, Encoding.DER);
      assertTrue(Sm2Signature.verify(pair.publicKey(), message, signature, id, Encoding.DER));
    }
  }
}
