package org.onewindow.it.support;

/**
 * Where the platform under test lives: WildFly on 8080 (management 9990), Keycloak on 8180 (the ear
 * module's it.* properties move them all, for a second suite on the same machine).
 */
public final class Platform {

  public static final int HTTP_PORT = Integer.getInteger("it.http.port", 8080);
  public static final int MANAGEMENT_PORT = Integer.getInteger("it.management.port", 9990);
  public static final String BASE_URL = "http://localhost:" + HTTP_PORT;
  public static final String KEYCLOAK_URL =
      "http://localhost:" + System.getProperty("it.keycloak.port", "8180");
  public static final String REALM_URL = KEYCLOAK_URL + "/realms/onewindow";

  /** The documented demo password of every demo user (README, "Demo accounts"). */
  public static final String DEMO_PASSWORD = "OneWindow@2026";

  private Platform() {}

  /** The database of this run: {@code h2} or {@code pg} (failsafe's execution sets it). */
  public static String database() {
    return System.getProperty("onewindow.it.database", "h2");
  }
}
