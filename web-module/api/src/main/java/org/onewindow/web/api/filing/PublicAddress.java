package org.onewindow.web.api.filing;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The platform's address as its users reach it, for links that leave the platform (a record's QR
 * code): {@code -Donewindow.public-url} when an operator sets it (behind a balancer or a gateway
 * the server cannot see its public name), else the scheme, host and port of the request.
 */
final class PublicAddress {

  static final String PROPERTY = "onewindow.public-url";

  private PublicAddress() {}

  static String of(HttpServletRequest request) {
    String configured = System.getProperty(PROPERTY, "").strip();
    if (!configured.isEmpty()) {
      return configured;
    }
    return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
  }
}
