package org.onewindow.keycloak.sm2;

/** The names under which SM2 signatures appear in tokens, key sets and Keycloak's registries. */
public final class Sm2Jws {

  /**
   * The JWS {@code alg}: SM2 over SM3 with the GM/T 0009 default ID, raw {@code r || s}. The name
   * most SM2 JOSE implementations use; the hash is fixed by GB/T 32918.2 (as P-256 is by ES256).
   */
  public static final String ALGORITHM = "SM2";

  /**
   * Keycloak's key type for SM2 keys. Not {@code EC}: Keycloak would publish those in {@code
   * /certs} as {@code "crv":"P-256"} (see the package description).
   */
  public static final String KEY_TYPE = "SM2";

  /** The hash of the algorithm (at_hash, c_hash): SM3, GB/T 32905. */
  public static final String HASH = "SM3";

  /** The JWK key type and curve of an SM2 public key: an elliptic curve key on curve SM2. */
  public static final String JWK_KEY_TYPE = "EC";

  public static final String JWK_CURVE = "SM2";

  private Sm2Jws() {}
}
