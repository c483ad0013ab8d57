/**
 * Integration tests of identity (000 9.2, 002 6.4): the real Keycloak realm — logins, OTP,
 * real-name levels, registration, SM2 tokens, tickets, single logout — and the identity events it
 * forwards to the platform. Classes marked H2-only use Keycloak alone, which both database runs
 * share.
 */
package org.onewindow.it.identity;
