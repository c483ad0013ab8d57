package org.onewindow.keycloak.sm2;

import org.keycloak.crypto.HashProvider;
import org.keycloak.crypto.HashProviderFactory;
import org.keycloak.models.KeycloakSession;

/**
 * Registers the hash {@code SM3} (GB/T 32905). Its id is the name a signer reports as its hash
 * ({@link Sm2SignerContext#getHashAlgorithm()}): Keycloak looks it up to compute {@code at_hash}.
 */
public class Sm3HashProviderFactory implements HashProviderFactory {

  public static final String ID = Sm2Jws.HASH;

  @Override
  public HashProvider create(KeycloakSession session) {
    return new Sm3HashProvider();
  }

  @Override
  public String getId() {
    return ID;
  }
}
