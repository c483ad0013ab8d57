package org.onewindow.demo;

import static org.onewindow.demo.DemoResources.text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.AppBinding;
import org.onewindow.appcenter.domain.AppPublication;
import org.onewindow.appcenter.domain.InterfaceDefinition;
import org.onewindow.appcenter.domain.InterfaceProtocol;
import org.onewindow.appcenter.domain.ParameterDefinition;
import org.onewindow.appcenter.domain.ParameterType;
import org.onewindow.appcenter.domain.PlatformSigningKey;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ReturnFormat;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.repository.AccessUnitRepository;
import org.onewindow.appcenter.repository.HallRepository;
import org.onewindow.appcenter.repository.RegisteredInterfaceRepository;
import org.onewindow.common.KeysUnavailableException;
import org.onewindow.common.PlatformKeys;
import org.onewindow.common.StartupSeed;
import org.onewindow.crypto.keys.KeyRing;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm4.Sm4Key;
import org.onewindow.identity.domain.AppClientSpec;
import org.onewindow.outbound.HttpMethod;
import org.onewindow.region.Divisions;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewTransition;

/**
 * DEMO data of the application centre, for the embedded run: interfaces of the standard's 图4 served
 * by the bundled sample upstream ({@code /sample-upstream}), and apps in every state of their
 * review, so a newcomer sees the whole flow at once (issue 5 item 9). Only into an empty registry,
 * only with {@code onewindow.demo-data} on (the default; production sets it false). Demo apps get
 * their realm client when a reviewer next puts them online.
 */
@Singleton
@Startup
@PermitAll
// Halls (reference data) lives in the EJB module: named with its jar (EJB 4.0 4.8.1).
@DependsOn({"DemoAccessUnits", "ejb-module.jar#Halls"})
public class DemoAppCenter {

  private static final Logger LOG = Logger.getLogger(DemoAppCenter.class.getName());

  /** The demo's actors: an access unit's developer and a platform reviewer (separate duties). */
  static final String UNIT = "demo-unit";

  static final String REVIEWER = "demo-reviewer";

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final char[] KEY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void seedIfEmpty() {
    if (!Boolean.parseBoolean(System.getProperty("onewindow.demo-data", "true"))) {
      return;
    }
    long existing = new RegisteredInterfaceRepository(em).count();
    Optional<AccessUnit> first = new AccessUnitRepository(em).first();
    if (existing > 0 || first.isEmpty()) {
      return;
    }
    KeyRing ring;
    try {
      ring = PlatformKeys.ring();
    } catch (KeysUnavailableException e) {
      LOG.warning("No demo interfaces or apps: " + e.getMessage());
      return;
    }
    AccessUnit unit = first.get();
    Instant now = clock.instant();
    String base = System.getProperty("onewindow.demo.base-url", "http://localhost:8080");
    // Two nodes starting on a fresh database: the later one yields to the first (StartupSeed).
    if (StartupSeed.seedOrYield(
        em, "DEMO interfaces and apps", () -> seed(ring, unit, now, base), LOG)) {
      LOG.info("Seeded DEMO interfaces and apps of the application centre");
    }
  }

  private void seed(KeyRing ring, AccessUnit unit, Instant now, String base) {
    String line = base + "/sample-upstream/bus/line";
    RegisteredInterface online =
        demoInterface(ring, unit, text("appcenter.interface.online"), line, HttpMethod.POST, now);
    move(online, now, ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.ONLINE);
    RegisteredInterface submitted =
        demoInterface(ring, unit, text("appcenter.interface.submitted"), line, HttpMethod.GET, now);
    move(submitted, now, ReviewAction.SUBMIT);
    demoInterface(ring, unit, text("appcenter.interface.registered"), line, HttpMethod.POST, now);

    ServiceApp bus = demoApp(ring, unit, text("appcenter.app.online"), now);
    move(bus, now, ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.ONLINE);
    em.persist(new AppBinding(bus.getId(), online.getId(), UNIT, now));
    publish(bus, now, "national", unit.getDivisionCode());
    move(demoApp(ring, unit, text("appcenter.app.submitted"), now), now, ReviewAction.SUBMIT);
    demoApp(ring, unit, text("appcenter.app.draft"), now);
    ServiceApp rejected = demoApp(ring, unit, text("appcenter.app.rejected"), now);
    move(rejected, now, ReviewAction.SUBMIT);
    keep(rejected.perform(ReviewAction.REJECT, REVIEWER, text("appcenter.reason.rejected"), now));
    ServiceApp offline = demoApp(ring, unit, text("appcenter.app.offline"), now);
    move(offline, now, ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.ONLINE);
    publish(offline, now, "national");
    keep(offline.perform(ReviewAction.OFFLINE, REVIEWER, text("appcenter.reason.offline"), now));
  }

  private RegisteredInterface demoInterface(
      KeyRing ring, AccessUnit unit, String name, String address, HttpMethod method, Instant now) {
    InterfaceDefinition definition =
        new InterfaceDefinition(
            text("appcenter.serviceName"),
            name,
            address,
            method,
            address.startsWith("https") ? InterfaceProtocol.HTTPS : InterfaceProtocol.HTTP,
            ReturnFormat.JSON,
            text("appcenter.interface.description"),
            unit.getDivisionCode(),
            "all",
            List.of(
                new ParameterDefinition(
                    "city", true, ParameterType.STRING, text("appcenter.parameter.city")),
                new ParameterDefinition(
                    "q", true, ParameterType.STRING, text("appcenter.parameter.q"))),
            List.of(
                new ParameterDefinition(
                    "result_code",
                    true,
                    ParameterType.STRING,
                    text("appcenter.parameter.resultCode")),
                new ParameterDefinition(
                    "date", true, ParameterType.STRING, text("appcenter.parameter.date"))));
    Sm2Keys.Pair pair = Sm2Keys.generate();
    PlatformSigningKey key =
        new PlatformSigningKey(
            ring.encryptString(PlatformSigningKey.PURPOSE, pair.privateKey().toPem()),
            pair.publicKey().toPem());
    RegisteredInterface registered =
        RegisteredInterface.register(
            unit, definition.checkedAgainst(Divisions.table()), key, UNIT, now);
    em.persist(registered);
    em.flush();
    keep(registered.registration());
    return registered;
  }

  private ServiceApp demoApp(KeyRing ring, AccessUnit unit, String name, Instant now) {
    Sm4Key sm4 = Sm4Key.generate();
    String sm4Ref = ring.encrypt(AppClientSpec.SM4_KEY_PURPOSE, sm4.bytes()).encode();
    sm4.destroy();
    ServiceApp app =
        ServiceApp.apply(
            unit,
            demoAppKey(),
            name,
            text("appcenter.app.description", name),
            "http://localhost:8080/lightapp-demo",
            Sm2Keys.generate().publicKey().toPem(),
            sm4Ref,
            UNIT,
            now);
    em.persist(app);
    em.flush();
    keep(app.registration());
    return app;
  }

  /** Display configuration in the halls of those codes (000 8.2.3 b). */
  private void publish(ServiceApp app, Instant now, String... hallCodes) {
    for (String code : hallCodes) {
      new HallRepository(em)
          .byCode(code)
          .ifPresent(
              hall ->
                  em.persist(
                      AppPublication.of(
                          app.getId(),
                          hall.getId(),
                          app.getName(),
                          null,
                          app.getTheme(),
                          100,
                          REVIEWER,
                          now)));
    }
  }

  private void move(RegisteredInterface registered, Instant now, ReviewAction... actions) {
    for (ReviewAction action : actions) {
      keep(registered.perform(action, actor(action), "", now));
    }
  }

  private void move(ServiceApp app, Instant now, ReviewAction... actions) {
    for (ReviewAction action : actions) {
      keep(app.perform(action, actor(action), "", now));
    }
  }

  /**
   * An app key of the platform's form ({@code app-} and 12 base32 characters, as
   * AppOnboardingService issues them), for a demo app.
   */
  private static String demoAppKey() {
    StringBuilder key = new StringBuilder(AppClientSpec.APP_PREFIX);
    for (int i = 0; i < 12; i++) {
      key.append(KEY_ALPHABET[RANDOM.nextInt(KEY_ALPHABET.length)]);
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  private static String actor(ReviewAction action) {
    return action == ReviewAction.SUBMIT ? UNIT : REVIEWER;
  }

  private void keep(ReviewTransition transition) {
    em.persist(transition);
  }
}
