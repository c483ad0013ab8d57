/**
 * Integration tests against the real EAR in a managed WildFly, the real Keycloak started by the
 * build (keycloak-realm/keycloak) and Debian's headless Chromium. Failsafe runs the suite once on
 * H2 and once on PostgreSQL, where one answers on 127.0.0.1:5432.
 */
package org.onewindow.it;
