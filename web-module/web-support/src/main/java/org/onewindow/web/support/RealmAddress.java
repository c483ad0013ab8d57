package org.onewindow.web.support;

/**
 * Where the platform's realm is, for every WAR that links or talks to it: the one setting {@code
 * -Donewindow.keycloak.url} that ear/src/main/wildfly/oidc.cli gives the OIDC client as its
 * provider, with the same default — so a page's link to Keycloak (the user centre's account links)
 * and the sign-in can never point at two different servers.
 */
public final class RealmAddress {

  /** The system property naming Keycloak's base address. */
  public static final String PROPERTY = "onewindow.keycloak.url";

  /** oidc.cli's default: the embedded run's Keycloak. */
  static final String DEFAULT = "http://localhost:8180";

  /** The platform's realm. */
  public static final String REALM = "onewindow";

  private RealmAddress() {}

  /** Keycloak's base address, without a trailing slash. */
  public static String keycloak() {
    return System.getProperty(PROPERTY, DEFAULT).replaceAll("/+$", "");
  }

  /** The realm's address ({@code …/realms/onewindow}). */
  public static String realm() {
    return keycloak() + "/realms/" + REALM;
  }
}
