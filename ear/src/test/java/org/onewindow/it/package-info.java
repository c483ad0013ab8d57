/**
 * Integration tests against the real EAR in WildFly, the real Keycloak started by the build
 * (keycloak-realm/keycloak) and Debian's headless Chromium, in one package per capability ({@code
 * appcenter}, {@code identity}, {@code inspection}, {@code console}, {@code portal}, {@code
 * platform}) over {@code support}. Failsafe runs the suite once on H2 and once on PostgreSQL, where
 * one answers on 127.0.0.1:5432.
 */
package org.onewindow.it;
