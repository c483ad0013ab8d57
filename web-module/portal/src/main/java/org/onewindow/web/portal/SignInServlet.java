package org.onewindow.web.portal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The login in front of a page that takes a parameter: {@code /portal/sign-in/matter/{code}} (a
 * public matter page's 「sign in to keep it」 link), {@code /sign-in/apply/{matter}} (applying
 * online) and {@code /sign-in/case/{case number}} (following a case). The address needs a login
 * (web.xml), so the OIDC client takes the person to the realm and back here; this then sends them
 * on to {@code matter.xhtml?code=}, {@code apply.xhtml?matter=} or {@code case.xhtml?id=}. The way
 * back is in the path, not a query parameter (the OIDC round trip keeps the path but not a page's
 * query string), and it names a code only: there is no address to send anyone elsewhere with.
 * Anything else leads to the portal's home. One servlet for the three: two mapped to the same path
 * leave which one answers to the container.
 */
@WebServlet(urlPatterns = SignInServlet.PATH + "/*")
public class SignInServlet extends HttpServlet {

  /** The servlet's path in the portal. */
  public static final String PATH = "/sign-in";

  private static final long serialVersionUID = 1L;

  /** An implementation code (001 7.1), as the matter rules spell it. */
  private static final Pattern MATTER = Pattern.compile("/matter/([0-9A-Z]{8,64})");

  /** Applying for a matter, or following a case: a matter's or a case's code. */
  private static final Pattern APPLY_OR_CASE =
      Pattern.compile("/(apply|case)/([A-Za-z0-9._-]{1,64})");

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
    var target = APPLY_OR_CASE.matcher(pathInfo == null ? "" : pathInfo);
    if (target.matches() && !target.group(2).contains("..")) {
      return contextPath
          + (target.group(1).equals("apply") ? "/apply.xhtml?matter=" : "/case.xhtml?id=")
          + target.group(2);
    }
    return contextPath + "/";
  }
}
