/**
 * Step-up by real-name level: Keycloak's levels of authentication (acr → LoA, the realm's {@code
 * acr.loa.map}) are the C 0114 real-name levels, so a client that asks {@code acr_values=3} gets a
 * token with {@code acr} 3 only for a user whose level is at least 3.
 *
 * <p>The realm's browser flow has one {@code conditional-level-of-authentication} sub-flow per
 * level. Level 1 is the password (and, for administrators, the OTP); levels 2–4 each hold one
 * {@link org.onewindow.keycloak.stepup.RealNameLevelAuthenticator} that compares the user's level
 * with the one it guards. Too low for 2 or 3: the {@code real-name-verification} required action
 * runs before any token is issued, and raises the level to 3. Too low for 4 (face verification, 003
 * 6.2.2.1 a): the flow ends with a clear message, since no face verification exists here.
 */
package org.onewindow.keycloak.stepup;
