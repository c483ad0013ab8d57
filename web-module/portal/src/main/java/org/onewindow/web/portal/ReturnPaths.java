package org.onewindow.web.portal;

import java.util.regex.Pattern;

/**
 * Where the portal may send a person back to after a step elsewhere (the login, a display switch):
 * a page of the portal itself, never another site (an open redirect would let a link in a phishing
 * mail pass through the government's own address).
 */
public final class ReturnPaths {

  /** The portal's home, where anything else leads. */
  public static final String HOME = "/portal/";

  /**
   * A portal path with an optional query: no scheme, no host, no backslash, no control character.
   */
  private static final Pattern SAFE =
      Pattern.compile("/portal/[A-Za-z0-9._\\-/]*(\\?[A-Za-z0-9._\\-=&%+]*)?");

  private ReturnPaths() {}

  /** {@code wanted} when it is a safe portal address, else the home page. */
  public static String safe(String wanted) {
    if (wanted == null || wanted.length() > 2000 || !SAFE.matcher(wanted).matches()) {
      return HOME;
    }
    if (wanted.contains("//") || wanted.contains("/../") || wanted.endsWith("/..")) {
      return HOME;
    }
    return wanted;
  }
}
