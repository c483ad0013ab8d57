package org.onewindow.review;

import jakarta.ejb.EJBContext;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who asks for a step: the name the history and the audit trail keep, and the roles the workflow
 * checks.
 *
 * @param name the caller's principal name
 * @param roles whether the caller holds a role
 */
public record ReviewCaller(String name, Predicate<String> roles) {

  /** The caller of the current EJB call. */
  public static ReviewCaller of(EJBContext context) {
    return new ReviewCaller(context.getCallerPrincipal().getName(), context::isCallerInRole);
  }

  /** A caller holding exactly these roles (tests, seeders). */
  public static ReviewCaller withRoles(String name, String... roles) {
    Set<String> held = Set.of(roles);
    return new ReviewCaller(name, held::contains);
  }

  public boolean inRole(String role) {
    return roles.test(role);
  }
}
