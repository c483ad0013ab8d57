package org.onewindow.web.portal;

/**
 * Entity tags (RFC 9110 8.8.3) for conditional GETs of public files: a strong tag from a
 * fingerprint, and the weak comparison {@code If-None-Match} calls for (13.1.2).
 */
final class EntityTags {

  private EntityTags() {}

  /** {@code "fingerprint"}; an SM3 Base64url fingerprint has only characters a tag may hold. */
  static String strong(String fingerprint) {
    return "\"" + fingerprint + "\"";
  }

  /**
   * Whether an {@code If-None-Match} header names the tag: {@code *}, or a list of tags of which
   * one is it, weak ({@code W/"…"}) or strong.
   */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    if (ifNoneMatch.strip().equals("*")) {
      return true;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
