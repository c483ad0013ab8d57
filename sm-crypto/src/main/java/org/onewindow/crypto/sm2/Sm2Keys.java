package org.onewindow.crypto.sm2;

import java.security.SecureRandom;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

/** Generates SM2 key pairs (GB/T 32918.1 6.1). */
public final class Sm2Keys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Sm2Keys() {}

  /** A private key and its public key. */
  public record Pair(Sm2PrivateKey privateKey, Sm2PublicKey publicKey) {}

  public static Pair generate() {
    ECKeyPairGenerator generator = new ECKeyPairGenerator();
    generator.init(new ECKeyGenerationParameters(Sm2Curve.DOMAIN, RANDOM));
    AsymmetricCipherKeyPair pair = generator.generateKeyPair();
    return new Pair(
        new Sm2PrivateKey((ECPrivateKeyParameters) pair.getPrivate()),
        new Sm2PublicKey((ECPublicKeyParameters) pair.getPublic()));
  }

  static boolean onSm2Curve(ECDomainParameters parameters) {
    return parameters.getCurve().equals(Sm2Curve.DOMAIN.getCurve())
        && parameters.getG().equals(Sm2Curve.DOMAIN.getG());
  }
}
