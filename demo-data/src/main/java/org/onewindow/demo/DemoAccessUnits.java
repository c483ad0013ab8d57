package org.onewindow.demo;

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
import java.util.List;
import java.util.logging.Logger;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.repository.AccessUnitRepository;
import org.onewindow.common.StartupSeed;

/**
 * Seeds a few access units into an empty database so a newcomer sees a populated console. On by
 * default (the embedded run); production turns it off with {@code -Donewindow.demo-data=false}.
 */
@Singleton
@Startup
@PermitAll
public class DemoAccessUnits {

  private static final Logger LOG = Logger.getLogger(DemoAccessUnits.class.getName());

  /**
   * Demo units: name and division code (GB/T 2260), each a province's service authority, which also
   * keeps that province's demo matters.
   */
  public static final List<String[]> UNITS =
      DemoResources.rows("org/onewindow/demo/access-units.tsv");

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void seedIfEmpty() {
    if (!Boolean.parseBoolean(System.getProperty("onewindow.demo-data", "true"))) {
      return;
    }
    if (new AccessUnitRepository(em).count() > 0) {
      return;
    }
    Instant now = clock.instant();
    // Two nodes starting on a fresh database: the later one yields to the first (StartupSeed).
    if (StartupSeed.seedOrYield(
        em,
        "demo access units",
        () ->
            UNITS.forEach(
                unit -> em.persist(AccessUnit.register(unit[0], unit[1], "demo-data", now))),
        LOG)) {
      LOG.info("Seeded " + UNITS.size() + " demo access units");
    }
  }
}
