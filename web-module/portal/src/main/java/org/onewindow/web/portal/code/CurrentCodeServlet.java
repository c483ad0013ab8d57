package org.onewindow.web.portal.code;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.onewindow.identity.service.HolderCodeService;

/**
 * {@code /portal/my-code/current}: the next code for the signed-in holder, as JSON for the page's
 * script (login required, web.xml). Same origin only: the platform's policy lets the page fetch
 * nothing else; never cached.
 */
@WebServlet("/my-code/current")
public class CurrentCodeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private HolderCodeService codes;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ShownCode code = ShownCode.of(codes.issue(CodeAddress.of(request)));
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(code.json());
  }
}
