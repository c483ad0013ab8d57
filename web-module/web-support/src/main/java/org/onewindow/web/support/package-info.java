/**
 * What every OIDC-secured WAR of the platform shares: the filter that ends a session the realm has
 * logged out, on whichever node the user's next request lands (004 5.4, 002 6.4 d); and for the JSF
 * WARs (console, portal) the 中文 / English switch and the page texts read in its language. The
 * sub-package {@code signin} tells a person signing in while Keycloak does not answer so, on the
 * platform's own page.
 */
package org.onewindow.web.support;
