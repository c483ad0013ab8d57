package org.onewindow.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Where the platform under test lives: the real EAR, WildFly on 8080, Keycloak on 8180 (the ear
 * module's it.http.port and it.keycloak.port move both, for a second suite on the same machine).
 */
public final class Platform {

  public static final String BASE_URL =
      "http://localhost:" + System.getProperty("it.http.port", "8080");
  public static final String KEYCLOAK_URL =
      "http://localhost:" + System.getProperty("it.keycloak.port", "8180");
  public static final String REALM_URL = KEYCLOAK_URL + "/realms/onewindow";

  /** The documented demo password of every demo user (README, "Demo accounts"). */
  public static final String DEMO_PASSWORD = "OneWindow@2026";

  private Platform() {}

  /** The EAR the build produced, unchanged: tests run against what ships. */
  public static EnterpriseArchive ear() {
    File ear = new File(System.getProperty("onewindow.ear", "target/onewindow.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }
}
