/**
 * DEMO light app (000 9.2): what a province's or department's light app does with the platform's
 * users. Its page asks the JSSDK for a ticket; {@link org.onewindow.web.lightapp.SessionServlet}
 * trades it at the platform with an SM2-signed request (000 9.4.4 a), opens the SM4-sealed user
 * info with the sm-crypto SDK (000 9.2.1 e) and shows it masked (000 9.4.5). Not a platform
 * component: it stands in for an outside app and uses only what such an app would have.
 */
package org.onewindow.web.lightapp;
