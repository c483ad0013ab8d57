/**
 * The portal's user centre (001 7.7; 004 6.1–6.2) and its consent pages (000 10.3 h–i; 003 6.3.2.1
 * b–c): the hub of the signed-in user's profile, real-name level, messages and consents, the page
 * where a user agrees that a light app may receive their data, and the return from Keycloak's
 * account actions. Each bean calls one identity service; the rules live there.
 */
package org.onewindow.web.portal.identity;
