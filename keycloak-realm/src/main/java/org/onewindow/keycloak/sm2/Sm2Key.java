package org.onewindow.keycloak.sm2;

import java.security.PrivateKey;
import java.security.PublicKey;
import org.onewindow.crypto.sm2.Sm2FastSigner;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm2.Sm2Signature;
import org.onewindow.crypto.sm2.Sm2Verifier;

/**
 * SM2 keys as the {@link java.security.Key}s Keycloak's {@code KeyWrapper} holds. They carry the
 * sm-crypto key and, built once per key (the wrapper is cached with the key component), its signer
 * or verifier: Z and (1 + d)^-1 are computed once, not per token.
 */
final class Sm2Key {

  private Sm2Key() {}

  /** The public half: X.509 SubjectPublicKeyInfo when encoded. */
  static final class Public implements PublicKey {
    private static final long serialVersionUID = 1L;

    private final transient Sm2PublicKey key;
    private final transient Sm2Verifier verifier;

    Public(Sm2PublicKey key) {
      this.key = key;
      this.verifier = new Sm2Verifier(key, Sm2Signature.DEFAULT_ID);
    }

    Sm2PublicKey sm2() {
      return key;
    }

    /** True only for a valid raw {@code r || s} signature of {@code data}. */
    boolean verify(byte[] data, byte[] signature) {
      return verifier.verify(data, signature, Sm2Signature.Encoding.RAW);
    }

    @Override
    public String getAlgorithm() {
      return Sm2Jws.ALGORITHM;
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

  /** The private half: PKCS#8 when encoded. */
  static final class Private implements PrivateKey {
    private static final long serialVersionUID = 1L;

    private final transient Sm2PrivateKey key;
    private final transient Sm2FastSigner signer;

    Private(Sm2PrivateKey key) {
      this.key = key;
      this.signer = new Sm2FastSigner(key, Sm2Signature.DEFAULT_ID);
    }

    /** The raw {@code r || s} signature of {@code data} (e = SM3(Z || data)). */
    byte[] sign(byte[] data) {
      return signer.sign(data, Sm2Signature.Encoding.RAW);
    }

    @Override
    public String getAlgorithm() {
      return Sm2Jws.ALGORITHM;
    }

    @Override
    public String getFormat() {
      return "PKCS#8";
    }

    @Override
    public byte[] getEncoded() {
      return key.toDer();
    }
  }
}
