/**
 * The {@code pbkdf2-sm3} password hash (PBKDF2 with HMAC-SM3, GB/T 32905): chosen by the realm's
 * password policy {@code hashAlgorithm(pbkdf2-sm3)}. Users whose passwords were hashed otherwise
 * keep logging in and are re-hashed with it at their next login (Keycloak does that whenever a
 * credential fails the policy check).
 */
package org.onewindow.keycloak.hash;
