package org.onewindow.keycloak.sm2;

import org.keycloak.common.VerificationException;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.crypto.SignatureException;
import org.keycloak.crypto.SignatureProvider;
import org.keycloak.crypto.SignatureSignerContext;
import org.keycloak.crypto.SignatureVerifierContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Signs with the realm's active SM2 key and verifies with the SM2 key a token names. */
public class Sm2SignatureProvider implements SignatureProvider {

  private final KeycloakSession session;

  Sm2SignatureProvider(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public SignatureSignerContext signer() throws SignatureException {
    RealmModel realm = session.getContext().getRealm();
    KeyWrapper key = session.keys().getActiveKey(realm, KeyUse.SIG, Sm2Jws.ALGORITHM);
    if (key == null) {
      throw new SignatureException("realm " + realm.getName() + " has no active SM2 key");
    }
    return signer(key);
  }

  @Override
  public SignatureSignerContext signer(KeyWrapper key) throws SignatureException {
    if (!isSm2(key) || !(key.getPrivateKey() instanceof Sm2Key.Private)) {
      throw new SignatureException("key " + key.getKid() + " is not an SM2 signing key");
    }
    return new Sm2SignerContext(key);
  }

  @Override
  public SignatureVerifierContext verifier(String kid) throws VerificationException {
    RealmModel realm = session.getContext().getRealm();
    KeyWrapper key = session.keys().getKey(realm, kid, KeyUse.SIG, Sm2Jws.ALGORITHM);
    if (key == null) {
      throw new VerificationException("no SM2 key with kid " + kid);
    }
    return verifier(key);
  }

  @Override
  public SignatureVerifierContext verifier(KeyWrapper key) throws VerificationException {
    if (!isSm2(key) || !(key.getPublicKey() instanceof Sm2Key.Public)) {
      throw new VerificationException("key " + key.getKid() + " is not an SM2 key");
    }
    return new Sm2VerifierContext(key);
  }

  @Override
  public boolean isAsymmetricAlgorithm() {
    return true;
  }

  private static boolean isSm2(KeyWrapper key) {
    return Sm2Jws.KEY_TYPE.equals(key.getType())
        && Sm2Jws.ALGORITHM.equals(key.getAlgorithmOrDefault());
  }
}
