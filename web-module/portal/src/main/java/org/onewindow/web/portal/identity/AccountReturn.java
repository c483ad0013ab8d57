package org.onewindow.web.portal.identity;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where Keycloak sends the user back after a step-up or a password change ({@link AccountLinks}):
 * drops the portal's own session (its ID token still names the old level) and sends the user to the
 * user centre, whose login then passes silently through the single sign-on session and brings a
 * fresh token. Nothing is read from the request; the code it carries is not redeemed. A forged
 * visit costs the user nothing but that silent round trip.
 */
@WebServlet(AccountReturn.PATH)
public class AccountReturn extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/account-return";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.setHeader("Cache-Control", "no-store");
    // A fragment of our own: the browser would otherwise carry Keycloak's (code, state) along.
    response.sendRedirect(request.getContextPath() + "/me.xhtml#profileHeading");
  }
}
