package org.onewindow.keycloak.sm2;

import java.security.cert.X509Certificate;
import java.util.List;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.crypto.SignatureSignerContext;

/** Signs a JWS signing input: raw {@code r || s}, 64 bytes, as ES256 is encoded in JWS. */
final class Sm2SignerContext implements SignatureSignerContext {

  private final KeyWrapper key;

  Sm2SignerContext(KeyWrapper key) {
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

  /** SM3: Keycloak hashes at_hash and c_hash with the signature's hash. */
  @Override
  public String getHashAlgorithm() {
    return Sm2Jws.HASH;
  }

  @Override
  public byte[] sign(byte[] data) {
    return ((Sm2Key.Private) key.getPrivateKey()).sign(data);
  }

  @Override
  public List<X509Certificate> getCertificateChain() {
    return key.getCertificate() == null ? null : List.of(key.getCertificate());
  }
}
