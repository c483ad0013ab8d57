package org.onewindow.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The display the visitor chose (large text, high contrast), from the cookies {@link
 * DisplayModeServlet} sets: the template puts it on the page as classes of {@code <body>}, and the
 * switches show which is on. Only the two known values count; anything else is the default.
 */
@Named
@RequestScoped
public class DisplayMode {

  static final String TEXT_COOKIE = "ow-text";
  static final String CONTRAST_COOKIE = "ow-contrast";

  @Inject private HttpServletRequest request;

  public boolean isLargeText() {
    return "large".equals(cookie(TEXT_COOKIE));
  }

  public boolean isHighContrast() {
    return "high".equals(cookie(CONTRAST_COOKIE));
  }

  /** The classes of {@code <body>}: {@code ow-large-text}, {@code ow-high-contrast}. */
  public String getBodyClass() {
    StringBuilder classes = new StringBuilder("ow-body");
    if (isLargeText()) {
      classes.append(" ow-large-text");
    }
    if (isHighContrast()) {
      classes.append(" ow-high-contrast");
    }
    return classes.toString();
  }

  /** This page's own address, for the switches to come back to. */
  public String getHere() {
    String query = request.getQueryString();
    String uri = request.getRequestURI();
    return ReturnPaths.safe(query == null ? uri : uri + "?" + query);
  }

  private String cookie(String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return "";
    }
    for (Cookie c : cookies) {
      if (c.getName().equals(name)) {
        return c.getValue();
      }
    }
    return "";
  }
}
