package org.onewindow.web.console;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Ends the console session here and the SSO session at Keycloak (RP-initiated logout with the ID
 * token as hint, so Keycloak asks no confirmation), then lands on the portal. Ending the other
 * clients' sessions on every node is the single-logout work of the identity issue.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String idToken = idTokenOf(request);
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String portal =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + "/portal/";
    String keycloak = System.getProperty("onewindow.keycloak.url", "http://localhost:8180");
    StringBuilder endSession =
        new StringBuilder(keycloak)
            .append("/realms/onewindow/protocol/openid-connect/logout?client_id=onewindow-console")
            .append("&post_logout_redirect_uri=")
            .append(URLEncoder.encode(portal, StandardCharsets.UTF_8));
    if (idToken != null) {
      endSession
          .append("&id_token_hint=")
          .append(URLEncoder.encode(idToken, StandardCharsets.UTF_8));
    }
    response.sendRedirect(endSession.toString());
  }

  private static String idTokenOf(HttpServletRequest request) {
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc
        && oidc.getOidcSecurityContext() != null) {
      return oidc.getOidcSecurityContext().getIDTokenString();
    }
    return null;
  }
}
