/**
 * Signing in while the identity provider (Keycloak, realm {@code onewindow}) is out of reach (issue
 * 17, "Keycloak down").
 *
 * <p>People already signed in are not affected: WildFly's OIDC client checks their tokens locally,
 * against the realm's keys it has cached. Only a new sign-in (or a session whose tokens have run
 * out and cannot be refreshed) needs Keycloak: WildFly then redirects the browser to the realm's
 * authorization endpoint, and the browser would show its own connection error. {@link
 * org.onewindow.web.support.signin.SignInGuard} sees that redirect leave, asks {@link
 * org.onewindow.web.support.signin.IdentityProviderProbe} whether the realm answers, and if not
 * sends the browser to {@link org.onewindow.web.support.signin.IdentityUnavailableServlet}, the
 * platform's own page, in the person's language, which offers to try again.
 */
package org.onewindow.web.support.signin;
