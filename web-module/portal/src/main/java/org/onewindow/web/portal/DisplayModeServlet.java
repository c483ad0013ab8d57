package org.onewindow.web.portal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /portal/display-mode}: the large-text and high-contrast switches of every portal page
 * (000 8.1.2 f; 001 6.1 a: 适老化 and barrier-free use). A plain form post, so it works without
 * script; the choice is remembered in a cookie for a year and the person goes back to the page they
 * were on. The template reads the cookies ({@link DisplayMode}).
 */
@WebServlet(urlPatterns = "/display-mode")
public class DisplayModeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final int A_YEAR = 365 * 24 * 3600;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String text = request.getParameter("text");
    if (text != null) {
      remember(request, response, DisplayMode.TEXT_COOKIE, text.equals("large") ? "large" : "");
    }
    String contrast = request.getParameter("contrast");
    if (contrast != null) {
      remember(
          request, response, DisplayMode.CONTRAST_COOKIE, contrast.equals("high") ? "high" : "");
    }
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(ReturnPaths.safe(request.getParameter("return")));
  }

  private static void remember(
      HttpServletRequest request, HttpServletResponse response, String name, String value) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath(request.getContextPath() + "/");
    cookie.setMaxAge(value.isEmpty() ? 0 : A_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }
}
