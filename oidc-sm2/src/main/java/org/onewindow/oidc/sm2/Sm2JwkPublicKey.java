package org.onewindow.oidc.sm2;

import java.security.PublicKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm2.Sm2Signature;
import org.onewindow.crypto.sm2.Sm2Verifier;

/**
 * An SM2 public key from a key set, as the {@link PublicKey} WildFly's client hands to jose4j. It
 * keeps its verifier, so Z (the SM3 of the signer ID and the key) is computed once per key.
 */
public final class Sm2JwkPublicKey implements PublicKey {

  private static final long serialVersionUID = 1L;

  private final transient Sm2PublicKey key;
  private final transient Sm2Verifier verifier;

  public Sm2JwkPublicKey(Sm2PublicKey key) {
    this.key = key;
    this.verifier = new Sm2Verifier(key, Sm2Signature.DEFAULT_ID);
  }

  /** True only for a valid raw {@code r || s} SM2 signature of {@code data}. */
  public boolean verify(byte[] data, byte[] signature) {
    return verifier.verify(data, signature, Sm2Signature.Encoding.RAW);
  }

  public Sm2PublicKey sm2() {
    return key;
  }

  @Override
  public String getAlgorithm() {
    return Sm2JsonWebSignatureAlgorithm.ALGORITHM;
  }

  @Override
  public String getFormat() {
    return "X.509";
  }

  @Override
  public byte[] getEncoded() {
    return key.toDer();
  }
}
