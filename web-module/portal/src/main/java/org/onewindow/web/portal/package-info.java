/**
 * The citizen and enterprise portal: a public home page and, behind OIDC login with the {@code
 * onewindow-portal} client, the user's own page. One login here serves the console too (SSO).
 */
package org.onewindow.web.portal;
