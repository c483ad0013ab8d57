package org.onewindow.identity.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the ticket exchange may hand a light app for one user (000 10.3 h; 003 6.3.2.1 b–c): nothing
 * at all until the user has agreed for that app, then only the fields the app was approved for at
 * onboarding and the user agreed to — the intersection, so neither a later widening of the app's
 * approval nor an old consent releases a field the other did not cover.
 *
 * @param consented whether the user has an active consent for the app
 * @param fields the personal fields the app receives; empty when not consented
 */
public record ConsentDecision(boolean consented, Set<UserField> fields) {

  public ConsentDecision {
    fields = fields.isEmpty() ? EnumSet.noneOf(UserField.class) : EnumSet.copyOf(fields);
    if (!consented && !fields.isEmpty()) {
      throw new IllegalArgumentException("no fields without consent");
    }
  }

  /** No consent: the app gets no user data (003 Annex A 10008 at the exchange). */
  public static final ConsentDecision REFUSED = new ConsentDecision(false, Set.of());

  /**
   * The decision for an app approved for {@code approved} whose user agreed to {@code agreed}
   * (empty: never agreed, or revoked).
   */
  public static ConsentDecision of(Set<UserField> approved, Optional<Set<UserField>> agreed) {
    if (agreed.isEmpty()) {
      return REFUSED;
    }
    Set<UserField> released = EnumSet.noneOf(UserField.class);
    released.addAll(approved);
    released.retainAll(agreed.get());
    return new ConsentDecision(true, released);
  }

  /**
   * Whether the user must be asked (again): never agreed, or the app has since been approved for a
   * field the consent does not cover (000 10.3 h: no data the user was not told of).
   */
  public static boolean mustAsk(Set<UserField> approved, Optional<Set<UserField>> agreed) {
    return agreed.isEmpty() || !agreed.get().containsAll(approved);
  }
}
