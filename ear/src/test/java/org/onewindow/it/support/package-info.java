/**
 * What every integration test shares: where the platform is ({@link Platform}), the HTTP, browser
 * and Keycloak clients, the tests' own upstream server, and one setup per capability that makes a
 * test's own data through the API.
 */
package org.onewindow.it.support;
