/**
 * The unified registration page (统一注册, 002 6.4 a): Keycloak's registration form in the {@code
 * onewindow} theme, with one more form action that makes every self-registered user a citizen at
 * real-name level 1. Raising the level is the real-name check's job ({@code
 * org.onewindow.keycloak.realname}).
 */
package org.onewindow.keycloak.registration;
