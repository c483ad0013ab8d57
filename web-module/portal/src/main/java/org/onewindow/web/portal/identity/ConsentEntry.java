package org.onewindow.web.portal.identity;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * {@code /portal/consent/APP_ID}: the address a light app sends its user to when the exchange
 * answered 10008 (000 10.3 h). The app id travels in the path because the portal's sign-in returns
 * to the path alone (the OIDC layer drops the query); once signed in (web.xml), the user goes on to
 * the consent page for that app.
 */
@WebServlet(ConsentEntry.PATH + "/*")
public class ConsentEntry extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/consent";

  /** An app id as the realm knows its clients: no more, so nothing else reaches the page. */
  private static final Pattern APP_ID = Pattern.compile("[A-Za-z0-9._-]{1,63}");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    String app = path == null ? "" : path.replaceFirst("^/", "");
    if (!APP_ID.matcher(app).matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(
        request.getContextPath()
            + "/consent.xhtml?app="
            + URLEncoder.encode(app, StandardCharsets.UTF_8));
  }
}
