package org.onewindow.web.portal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * {@code GET /portal/sign-in/matter/{code}}: a public matter page's 「sign in to keep it」 link. The
 * address needs a login (web.xml), so the OIDC client takes the person to the realm and back here;
 * this then returns them to that matter's page. The way back is in the path, not a query parameter
 * (the OIDC round trip keeps the path as it was), and it names a matter code only: there is no
 * address to send anyone elsewhere with. Anything else leads to the portal's home.
 */
@WebServlet(urlPatterns = "/sign-in/*")
public class SignInServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** An implementation code (001 7.1), as the matter rules spell it. */
  private static final Pattern MATTER = Pattern.compile("/matter/([0-9A-Z]{8,64})");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(returnTo(request.getContextPath(), request.getPathInfo()));
  }

  /** Where {@code /sign-in{pathInfo}} leads once signed in. */
  static String returnTo(String contextPath, String pathInfo) {
    var matter = MATTER.matcher(pathInfo == null ? "" : pathInfo);
    if (matter.matches()) {
      return contextPath + "/matter.xhtml?code=" + matter.group(1);
    }
    return contextPath + "/";
  }
}
