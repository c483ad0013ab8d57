/**
 * Event listeners of the realm. {@code onewindow-session-guard} ends every session of a user an
 * administrator disables: Keycloak itself keeps a disabled user's sessions and sends the clients no
 * logout, so without it the console and portal would keep serving that user (002 6.4 d).
 */
package org.onewindow.keycloak.events;
