package org.onewindow.web.jssdk;

import java.net.URI;
import java.util.Objects;

/**
 * The JSSDK's source with the platform's addresses written in. The template names them as {@code
 * __ONEWINDOW_REALM_URL__} and {@code __ONEWINDOW_LOGIN_CLIENT__}; each is written as a JavaScript
 * string literal, so no configured value can break out of it.
 */
final class JssdkScript {

  static final String REALM = "onewindow";

  /** The public PKCE client whose login window the SDK opens (realm JSON). */
  static final String LOGIN_CLIENT = "onewindow-jssdk";

  private JssdkScript() {}

  /**
   * @param template the SDK's source with the placeholders
   * @param keycloakUrl the identity service's base address, as the platform is configured with it
   */
  static String render(String template, String keycloakUrl) {
    URI base = URI.create(Objects.requireNonNull(keycloakUrl).replaceAll("/+$", ""));
    if (!("http".equals(base.getScheme()) || "https".equals(base.getScheme()))
        || base.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) address: " + keycloakUrl);
    }
    return template
        .replace("__ONEWINDOW_REALM_URL__", literal(base + "/realms/" + REALM))
        .replace("__ONEWINDOW_LOGIN_CLIENT__", literal(LOGIN_CLIENT));
  }

  /** A double-quoted JavaScript string with every character outside plain ASCII escaped. */
  static String literal(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      boolean plain = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '<' && c != '>';
      out.append(plain ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.append('"').toString();
  }
}
