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

/**
 * Ends the console session here and at Keycloak (RP-initiated logout), then lands on the portal.
 * Ending the sessions of the other clients on every node is the identity work's single logout.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String base =
        request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    String keycloak = System.getProperty("onewindow.keycloak.url", "http://localhost:8180");
    String endSession =
        keycloak
            + "/realms/onewindow/protocol/openid-connect/logout?client_id=onewindow-console"
            + "&post_logout_redirect_uri="
            + URLEncoder.encode(base + "/portal/", StandardCharsets.UTF_8);
    response.sendRedirect(endSession);
  }
}
