/**
 * SM2 token signatures for the realm (003 6.3.2, 002 6.4 / 6.8): the JWS algorithm {@code SM2} — an
 * SM2 signature (GB/T 32918.2) over SM3 (GB/T 32905) with the default signer ID {@code
 * 1234567812345678} of GM/T 0009, encoded as raw {@code r || s} (64 bytes) as ES256 is in JWS.
 *
 * <ul>
 *   <li>{@link org.onewindow.keycloak.sm2.Sm2KeyProviderFactory} ({@code sm2}): generates an SM2
 *       key pair or imports one (PEM PKCS#8, with an optional certificate);
 *   <li>{@link org.onewindow.keycloak.sm2.Sm2SignatureProviderFactory} ({@code SM2}): signs and
 *       verifies tokens, chosen per client by {@code id.token.signed.response.alg} and {@code
 *       access.token.signed.response.alg};
 *   <li>{@link org.onewindow.keycloak.sm2.Sm3HashProviderFactory} ({@code SM3}): the hash of the
 *       algorithm, for {@code at_hash}/{@code c_hash};
 *   <li>{@link org.onewindow.keycloak.sm2.Sm2JwksResourceProviderFactory} ({@code sm2}): the
 *       realm's key set with the SM2 keys, {@code /realms/{realm}/sm2/certs}, each as {@code
 *       {"kty":"EC","crv":"SM2","alg":"SM2",x,y}};
 *   <li>{@link org.onewindow.keycloak.sm2.Sm2IdTokenWithoutAtHashMapper}: re-signs an SM2 ID token
 *       without {@code at_hash}, which WildFly 39's OIDC client cannot check for SM2.
 * </ul>
 *
 * <p>Why the SM2 keys are not in Keycloak's own {@code /certs}: its {@code JWKSServerUtils.toJwk}
 * publishes only RSA, EC and OKP keys, and {@code JWKBuilder.ec} names the curve {@code "P-" +
 * fieldSize}, so an SM2 key would read {@code "crv":"P-256"}; a correct {@code "crv":"SM2"} entry
 * there would in turn break WildFly's key set parser for every key (see the README, "SM2 token
 * signatures").
 */
package org.onewindow.keycloak.sm2;
