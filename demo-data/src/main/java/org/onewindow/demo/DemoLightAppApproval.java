package org.onewindow.demo;

import static org.onewindow.demo.DemoResources.text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.onewindow.common.StartupSeed;
import org.onewindow.identity.domain.ActiveConsent;
import org.onewindow.identity.domain.AppUserFields;
import org.onewindow.identity.domain.UserConsent;
import org.onewindow.identity.domain.UserField;

/**
 * The platform's side of the DEMO light app ({@code lightapp-demo.war}, realm client {@value
 * #APP_KEY}): approved for the name and the mobile number it shows, so it is under the consent rule
 * like every onboarded app (000 10.3 h; 003 6.3.2.1 b–c) — a user's data reaches it only after that
 * user agreed on {@code /portal/consent/onewindow-lightapp-demo}.
 *
 * <p>The approval is not switched off by {@code -Donewindow.demo-data=false}: it belongs to the
 * demo app itself (its realm client and its WAR ship in the same EAR), not to the optional demo
 * records; without it every exchange of the demo app would be refused. The production EAR has
 * neither.
 *
 * <p>With the demo records on (the default), the DEMO citizen ({@value #DEMO_CITIZEN}) is recorded
 * as having agreed once, so the embedded run's demo and the ticket bench show the app signed in at
 * once; any other user meets the consent page first. No test relies on it: each agrees itself.
 */
@Singleton
@Startup
@PermitAll
public class DemoLightAppApproval {

  private static final Logger LOG = Logger.getLogger(DemoLightAppApproval.class.getName());

  /** The demo app's client id in the realm file (keycloak-realm onewindow-realm.json). */
  static final String APP_KEY = "onewindow-lightapp-demo";

  /** Where the consent page sends the user back: the demo app, on the platform's own host. */
  static final String PAGE = "/lightapp-demo/";

  /** The realm file's demo citizen, recorded as having agreed (demo records only). */
  static final String DEMO_CITIZEN = "citizen";

  private static final Set<UserField> FIELDS = EnumSet.of(UserField.NAME, UserField.MOBILE);

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void approveIfAbsent() {
    if (em.find(AppUserFields.class, APP_KEY) != null) {
      return;
    }
    Instant now = clock.instant();
    AppUserFields app = new AppUserFields(APP_KEY, text("lightapp.name"), PAGE);
    app.approve(text("lightapp.name"), PAGE, FIELDS, "demo-data", now);
    boolean demoRecords = Boolean.parseBoolean(System.getProperty("onewindow.demo-data", "true"));
    // Two nodes starting on a fresh database: the later one yields to the first (StartupSeed).
    if (StartupSeed.seedOrYield(
        em,
        "demo light app approval",
        () -> {
          em.persist(app);
          if (demoRecords) {
            UserConsent consent = new UserConsent(DEMO_CITIZEN, APP_KEY, FIELDS, now);
            em.persist(consent);
            em.flush(); // its id, for the active marker
            em.persist(new ActiveConsent(consent));
          }
        },
        LOG)) {
      LOG.info("Approved the demo light app " + APP_KEY + " for name and mobile");
    }
  }
}
