package org.onewindow.crypto.mask;

/**
 * How a person's name is shown, from its two parts as identity providers keep them (OIDC's {@code
 * family_name} and {@code given_name}, Keycloak's last and first name): a name written in Chinese
 * characters (or another East Asian script) reads family name first without a space — 王 + 建国 → 王建国,
 * as on an ID card (GB 11643's 姓名) — and any other given name first with a space — John + Smith →
 * John Smith. {@link Masking#name} keeps the first character as the surname, so it masks this form
 * (王** for 王建国).
 *
 * <p>One formatter for the console, the portal, the light apps' user info and the realm, so that no
 * page joins the parts in its own way (Keycloak's default {@code name} claim gives "建国 王").
 */
public final class PersonNames {

  private PersonNames() {}

  /**
   * The name to show, or {@code null} when both parts are blank. Parts are stripped; a blank part
   * is left out.
   *
   * @param familyName 姓 ({@code family_name}, Keycloak's last name)
   * @param givenName 名 ({@code given_name}, Keycloak's first name)
   */
  public static String display(String familyName, String givenName) {
    String family = familyName == null ? "" : familyName.strip();
    String given = givenName == null ? "" : givenName.strip();
    if (family.isEmpty() && given.isEmpty()) {
      return null;
    }
    if (eastAsian(family) || eastAsian(given)) {
      return family + given;
    }
    return family.isEmpty() || given.isEmpty() ? family + given : given + " " + family;
  }

  /**
   * The name to show from a token's claims: the parts when there are any, else its full {@code
   * name}, else {@code fallback} (the login name).
   */
  public static String display(
      String familyName, String givenName, String fullName, String fallback) {
    String parts = display(familyName, givenName);
    if (parts != null) {
      return parts;
    }
    return fullName != null && !fullName.isBlank() ? fullName.strip() : fallback;
  }

  /** Whether {@code text} holds a character of a script whose names put the family first. */
  static boolean eastAsian(String text) {
    return text.codePoints()
        .mapToObj(Character.UnicodeScript::of)
        .anyMatch(
            script ->
                script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA);
  }
}
