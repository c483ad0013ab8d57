package org.onewindow.identity.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.onewindow.common.InvalidInputException;

/**
 * A piece of a user's personal data a light app may be approved to receive through the ticket
 * exchange (000 9.2.1 c). 003 6.3.2.1 c lists name, ID number and mobile among the sensitive
 * personal data whose collection must stay minimal, so each is a separate choice made when the app
 * is onboarded; the user's opaque id and real-name level are not personal data of that kind and
 * every consented app gets them.
 */
public enum UserField {
  NAME("name"),
  MOBILE("mobile"),
  ID_NUMBER("idNumber");

  /** The claim's name in the sealed user info (docs/wire-formats.md §2) and in the API. */
  private final String claim;

  UserField(String claim) {
    this.claim = claim;
  }

  public String claim() {
    return claim;
  }

  /** The bundle key of the field's label ({@code identity.userField.name}). */
  public String labelKey() {
    return "identity.userField." + claim;
  }

  /**
   * The fields a list of claim names names; null or empty is none.
   *
   * @throws InvalidInputException for a name that is no field
   */
  public static Set<UserField> ofClaims(Collection<String> claims) {
    Set<UserField> fields = EnumSet.noneOf(UserField.class);
    if (claims == null) {
      return fields;
    }
    for (String claim : claims) {
      fields.add(
          Arrays.stream(values())
              .filter(f -> f.claim.equals(claim))
              .findFirst()
              .orElseThrow(
                  () ->
                      InvalidInputException.keyed(
                          "userFields", "identity.userField.unknown", String.valueOf(claim))));
    }
    return fields;
  }

  /** How a set is kept in one column: claim names, comma-separated, in declaration order. */
  public static String encode(Set<UserField> fields) {
    return fields.stream().sorted().map(UserField::claim).collect(Collectors.joining(","));
  }

  /** The inverse of {@link #encode}. */
  public static Set<UserField> decode(String column) {
    if (column == null || column.isBlank()) {
      return EnumSet.noneOf(UserField.class);
    }
    return ofClaims(Arrays.asList(column.split(",")));
  }
}
