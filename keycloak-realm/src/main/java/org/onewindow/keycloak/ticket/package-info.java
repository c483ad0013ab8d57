/**
 * The user-info tickets of the JSSDK (000 9.2.1–9.2.5), served under the realm at {@code
 * /realms/{realm}/onewindow-tickets}: a logged-in user's browser gets a one-time ticket for one
 * light app; the app's backend, authenticated by its SM2-signed request, trades it for the user's
 * info sealed under the app's SM4 key (sm-crypto's ticket codec), which the decryption SDK opens.
 */
package org.onewindow.keycloak.ticket;
