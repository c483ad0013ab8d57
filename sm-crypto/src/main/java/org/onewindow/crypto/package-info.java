/**
 * The national cryptographic algorithms as OneWindow uses them: SM3 digests (GB/T 32905), and in
 * later work SM2 signatures, SM4 encryption, the layered key hierarchy and masking (003 6.3.2).
 *
 * <p>The package depends on Bouncy Castle only, which both WildFly and Keycloak ship, so the same
 * jar serves the EJBs, the Keycloak providers and outside integrators.
 */
package org.onewindow.crypto;
