package org.onewindow.web.portal.casework;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The login in front of a page that takes a parameter ({@code /sign-in/apply/<matter>}, {@code
 * /sign-in/case/<case number>}): the path is login-protected (web.xml), and once signed in the
 * person goes on to {@code apply.xhtml?matter=…} or {@code case.xhtml?id=…}. The parameter travels
 * in the path because the round trip through Keycloak does not bring a page's query string back
 * (seen in {@code OnlineHandlingIT}: the form arrived without its matter).
 */
@WebServlet(SignInServlet.PATH + "/*")
public class SignInServlet extends HttpServlet {

  /** The servlet's path in the portal. */
  public static final String PATH = "/sign-in";

  private static final long serialVersionUID = 1L;

  /** A page and its one parameter: a matter's or a case's code. */
  private static final Pattern TARGET = Pattern.compile("/(apply|case)/([A-Za-z0-9._-]{1,64})");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher target = TARGET.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!target.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String page =
        target.group(1).equals("apply")
            ? "/apply.xhtml?matter=" + target.group(2)
            : "/case.xhtml?id=" + target.group(2);
    response.sendRedirect(request.getContextPath() + page);
  }
}
