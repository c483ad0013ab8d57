/**
 * Identity's ties to the outside: the realm's published keys (JWKS), the compact JWS tokens the
 * realm signs, and the realm's clients through Keycloak's Admin REST API — with nothing but the
 * JDK's HTTP client, JSON-P and sm-crypto.
 */
package org.onewindow.identity.infrastructure;
