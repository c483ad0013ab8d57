package org.onewindow.web.console;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Ends the SSO session at Keycloak and the console session here, then lands on the portal. Ending
 * the other clients' sessions on every node is the single-logout work of the identity issue.
 *
 * <p>The SSO session ends back-channel: the client posts its refresh token to Keycloak's logout
 * endpoint. Not through the browser with the ID token as {@code id_token_hint}: the console's ID
 * tokens are SM2-signed, and Keycloak 26 parses a hint's {@code alg} into its fixed {@code
 * Algorithm} enum, so it refuses an SM2 hint (its issue 29728; README, "SM2 token signatures").
 * Refresh tokens are Keycloak's own HS512 tokens, which it reads.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc
        && oidc.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context) {
      // Logs a failure itself (Keycloak unreachable): the local session still ends below.
      context.logout(context.getOidcClientConfiguration());
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + "/portal/");
  }
}
