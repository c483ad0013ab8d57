/**
 * Integration tests of the integrator kit (issue 16): the JavaScript reference client of {@code
 * sdk/js} run by Node.js against the deployed platform, with data set up here through the API as an
 * access unit and a reviewer would.
 */
package org.onewindow.it.sdk;
