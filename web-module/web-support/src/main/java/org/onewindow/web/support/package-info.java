/**
 * What every OIDC-secured WAR of the platform shares: the filter that ends a session the realm has
 * logged out, on whichever node the user's next request lands (004 5.4, 002 6.4 d).
 */
package org.onewindow.web.support;
