/**
 * The national cryptographic algorithms as OneWindow uses them: SM3 digests, HMAC and PBKDF2 (GB/T
 * 32905), with SM4 in {@code sm4}, SM2 in {@code sm2}, the layered key hierarchy in {@code keys},
 * masking of personal data in {@code mask} (003 6.3.2), and the ticket and request-signing SDK.
 *
 * <p>The package depends on Bouncy Castle only, which both WildFly and Keycloak ship, so the same
 * jar serves the EJBs, the Keycloak providers and outside integrators.
 */
package org.onewindow.crypto;
