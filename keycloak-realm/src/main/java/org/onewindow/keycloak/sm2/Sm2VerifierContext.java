package org.onewindow.keycloak.sm2;

import org.keycloak.crypto.KeyWrapper;
import org.keycloak.crypto.SignatureVerifierContext;

/** Verifies a raw {@code r || s} SM2 signature; anything malformed is simply not valid. */
final class Sm2VerifierContext implements SignatureVerifierContext {

  private final KeyWrapper key;

  Sm2VerifierContext(KeyWrapper key) {
    this.key = key;
  }

  @Override
  public String getKid() {
    return key.getKid();
  }

  @Override
  public String getAlgorithm() {
    return Sm2Jws.ALGORITHM;
  }

  @Override
  public boolean verify(byte[] data, byte[] signature) {
    return ((Sm2Key.Public) key.getPublicKey()).verify(data, signature);
  }
}
