/**
 * Identity's ties to the outside: the realm's published keys (JWKS) and the compact JWS tokens the
 * realm signs, read with nothing but the JDK, JSON-P and sm-crypto.
 */
package org.onewindow.identity.infrastructure;
