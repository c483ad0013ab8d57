package org.onewindow.oidc.sm2;

import java.security.Key;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jca.ProviderContext;
import org.jose4j.jwa.AlgorithmFactory;
import org.jose4j.jwa.AlgorithmFactoryFactory;
import org.jose4j.jwa.CryptoPrimitive;
import org.jose4j.jws.JsonWebSignatureAlgorithm;
import org.jose4j.keys.KeyPersuasion;
import org.jose4j.lang.InvalidKeyException;
import org.jose4j.lang.JoseException;

/**
 * The JWS algorithm {@code SM2} for jose4j: an SM2 signature (GB/T 32918.2) over SM3 with the GM/T
 * 0009 default signer ID, raw {@code r || s}, as the realm's Keycloak signs (003 6.3.2).
 * Verification only: tokens are signed by Keycloak, never here.
 */
public final class Sm2JsonWebSignatureAlgorithm implements JsonWebSignatureAlgorithm {

  public static final String ALGORITHM = "SM2";

  /** How many deployments asked for the algorithm: the last one to stop takes it away. */
  private static final AtomicInteger USERS = new AtomicInteger();

  /**
   * Registers the algorithm with jose4j's factory — one per server: jose4j is the module {@code
   * org.bitbucket.jose4j}, shared with the OIDC client.
   */
  public static void register() {
    if (USERS.getAndIncrement() == 0) {
      factory().registerAlgorithm(new Sm2JsonWebSignatureAlgorithm());
    }
  }

  /** Undoes {@link #register()}; jose4j keeps no class of an undeployed application. */
  public static void unregister() {
    if (USERS.decrementAndGet() == 0) {
      factory().unregisterAlgorithm(ALGORITHM);
    }
  }

  private static AlgorithmFactory<JsonWebSignatureAlgorithm> factory() {
    return AlgorithmFactoryFactory.getInstance().getJwsAlgorithmFactory();
  }

  @Override
  public boolean verifySignature(
      byte[] signature, Key key, byte[] securedInput, ProviderContext providerContext)
      throws JoseException {
    validateVerificationKey(key);
    return ((Sm2JwkPublicKey) key).verify(securedInput, signature);
  }

  @Override
  public void validateVerificationKey(Key key) throws InvalidKeyException {
    if (!(key instanceof Sm2JwkPublicKey)) {
      throw new InvalidKeyException(
          "SM2 tokens verify only with an SM2 key, not " + (key == null ? "none" : key));
    }
  }

  @Override
  public CryptoPrimitive prepareForSign(Key key, ProviderContext providerContext)
      throws JoseException {
    throw new JoseException("SM2 tokens are signed by the identity provider, not here");
  }

  @Override
  public byte[] sign(CryptoPrimitive cryptoPrimitive, byte[] securedInput) throws JoseException {
    throw new JoseException("SM2 tokens are signed by the identity provider, not here");
  }

  @Override
  public void validateSigningKey(Key key) throws InvalidKeyException {
    throw new InvalidKeyException("SM2 tokens are signed by the identity provider, not here");
  }

  @Override
  public String getJavaAlgorithm() {
    return "SM3withSM2";
  }

  @Override
  public String getAlgorithmIdentifier() {
    return ALGORITHM;
  }

  @Override
  public KeyPersuasion getKeyPersuasion() {
    return KeyPersuasion.ASYMMETRIC;
  }

  @Override
  public String getKeyType() {
    return "EC";
  }

  @Override
  public boolean isAvailable() {
    return true;
  }
}
