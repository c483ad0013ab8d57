package org.onewindow.web.support.signin;

/**
 * Where "try again" leads from the platform's page: the address the person asked for, when it is a
 * path of this same WAR; anything else (another site, a scheme-relative {@code //host}, a header
 * break) is replaced by the WAR's root, so the page can never send anyone elsewhere.
 */
final class ReturnAddress {

  private ReturnAddress() {}

  static String within(String contextPath, String asked) {
    String root = contextPath + "/";
    if (asked == null
        || !asked.startsWith(root)
        || asked.startsWith("//")
        || asked.contains("\\")
        || asked.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return root;
    }
    return asked;
  }
}
