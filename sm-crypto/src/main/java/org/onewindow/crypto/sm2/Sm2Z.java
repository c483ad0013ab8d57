package org.onewindow.crypto.sm2;

import java.math.BigInteger;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/** The signer's Z value and the message digest e it prefixes (GB/T 32918.2 5.5, 6.1 A2). */
final class Sm2Z {

  private Sm2Z() {}

  /** Z_A = SM3(ENTL_A || ID_A || a || b || x_G || y_G || x_A || y_A), GB/T 32918.2 5.5. */
  static byte[] of(Sm2PublicKey key, byte[] id) {
    SM3Digest sm3 = new SM3Digest();
    int bits = id.length * 8;
    sm3.update((byte) (bits >> 8));
    sm3.update((byte) bits);
    sm3.update(id, 0, id.length);
    ECPoint g = Sm2Curve.DOMAIN.getG();
    ECPoint q = key.parameters().getQ();
    for (BigInteger value :
        new BigInteger[] {
          Sm2Curve.DOMAIN.getCurve().getA().toBigInteger(),
          Sm2Curve.DOMAIN.getCurve().getB().toBigInteger(),
          g.getAffineXCoord().toBigInteger(),
          g.getAffineYCoord().toBigInteger(),
          q.getAffineXCoord().toBigInteger(),
          q.getAffineYCoord().toBigInteger()
        }) {
      byte[] bytes = BigIntegers.asUnsignedByteArray(Sm2Curve.FIELD_BYTES, value);
      sm3.update(bytes, 0, bytes.length);
    }
    byte[] out = new byte[32];
    sm3.doFinal(out, 0);
    return out;
  }

  /** e = SM3(Z || M). */
  static byte[] digest(byte[] z, byte[] message) {
    SM3Digest sm3 = new SM3Digest();
    sm3.update(z, 0, z.length);
    sm3.update(message, 0, message.length);
    byte[] out = new byte[32];
    sm3.doFinal(out, 0);
    return out;
  }
}
