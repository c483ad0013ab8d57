package org.onewindow.web.portal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /portal/sign-in?return=/portal/…}: a public page's 「sign in to …」 link (keep a
 * favourite, apply). The address needs a login (web.xml), so the OIDC client takes the person to
 * the realm and back here; this then returns them to the page they came from, if it is one of the
 * portal's ({@link ReturnPaths}).
 */
@WebServlet(urlPatterns = "/sign-in")
public class SignInServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(ReturnPaths.safe(request.getParameter("return")));
  }
}
