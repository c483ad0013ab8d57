/**
 * SM2-signed tokens accepted by WildFly 39's elytron-oidc-client (003 6.3.2, 002 6.4): what the
 * client lacks, added from the deployment without patching the server.
 *
 * <ul>
 *   <li>{@link org.onewindow.oidc.sm2.Sm2JsonWebSignatureAlgorithm}: the JWS algorithm {@code SM2}
 *       for jose4j, which the client verifies tokens with;
 *   <li>{@link org.onewindow.oidc.sm2.Sm2KeySet}: reads a key set in which SM2 keys are {@code
 *       {"kty":"EC","crv":"SM2",x,y}} — WildFly's own {@code JWKParser} knows only P-256/384/521
 *       and fails the whole set on any other curve;
 *   <li>{@link org.onewindow.oidc.sm2.Sm2KeySetLocator}: fetches the realm's SM2 key set ({@code
 *       <provider-url>/sm2/certs}) as the client's key locator does the standard one;
 *   <li>{@link org.onewindow.oidc.sm2.Sm2OidcSetup}: the servlet listener that puts both in place
 *       for a deployment whose {@code token-signature-algorithm} is {@code SM2}.
 * </ul>
 */
package org.onewindow.oidc.sm2;
