package org.onewindow.web.portal.code;

import jakarta.servlet.http.HttpServletRequest;

/** The public verification page's address, as a scanning phone opens it: {@code …?t=}. */
final class CodeAddress {

  private CodeAddress() {}

  static String of(HttpServletRequest request) {
    StringBuffer url = request.getRequestURL();
    String base = url.substring(0, url.length() - request.getRequestURI().length());
    return base + request.getContextPath() + "/code-verification.xhtml?t=";
  }
}
