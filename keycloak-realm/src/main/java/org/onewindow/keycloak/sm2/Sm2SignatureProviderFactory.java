package org.onewindow.keycloak.sm2;

import java.util.Set;
import org.keycloak.crypto.SignatureProvider;
import org.keycloak.crypto.SignatureProviderFactory;
import org.keycloak.models.KeycloakSession;

/**
 * Registers the JWS algorithm {@code SM2}. Its id is the algorithm's name, not kebab-case: Keycloak
 * looks a signature provider up by the {@code alg} a client asks for ({@code
 * id.token.signed.response.alg}, {@code access.token.signed.response.alg}).
 */
public class Sm2SignatureProviderFactory implements SignatureProviderFactory {

  public static final String ID = Sm2Jws.ALGORITHM;

  @Override
  public SignatureProvider create(KeycloakSession session) {
    return new Sm2SignatureProvider(session);
  }

  /** The private member of an SM2 JWK, as of any EC key. */
  @Override
  public Set<String> getJwkPrivateKeyClaims() {
    return EC_PRIVATE_JWK_CLAIMS;
  }

  @Override
  public String getId() {
    return ID;
  }
}
