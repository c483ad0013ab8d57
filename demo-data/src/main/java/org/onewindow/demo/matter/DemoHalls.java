package org.onewindow.demo.matter;

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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.onewindow.common.StartupSeed;
import org.onewindow.demo.DemoResources;
import org.onewindow.matter.domain.HallFacts;
import org.onewindow.matter.domain.HallMatter;
import org.onewindow.matter.domain.ServiceHall;

/**
 * DEMO service halls for the embedded run's service map (issue 20 item 7; {@code halls.tsv}): ten
 * halls of Beijing, Hangzhou, Shenzhen and Chengdu, each listing the first demo matters of its
 * division ({@link MatterGenerator}, the same codes the demo catalogue publishes), kept by its
 * province's demo access unit. Only into an empty registry, only with {@code onewindow.demo-data}
 * on.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DemoMatters")
public class DemoHalls {

  private static final Logger LOG = Logger.getLogger(DemoHalls.class.getName());

  static final List<String[]> HALLS = DemoResources.rows("org/onewindow/demo/matter/halls.tsv");

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void seedIfEmpty() {
    if (!Boolean.parseBoolean(System.getProperty("onewindow.demo-data", "true"))) {
      return;
    }
    long existing =
        em.createQuery("select count(h) from ServiceHall h", Long.class).getSingleResult();
    if (existing > 0) {
      return;
    }
    List<MatterGenerator.Item> items =
        MatterGenerator.items(DemoMatters.DIVISIONS, false, Integer.MAX_VALUE);
    if (StartupSeed.seedOrYield(em, "DEMO service halls", () -> seed(items), LOG)) {
      LOG.info("Seeded " + HALLS.size() + " DEMO service halls");
    }
  }

  private void seed(List<MatterGenerator.Item> items) {
    Instant now = clock.instant();
    for (String[] row : HALLS) {
      ServiceHall hall = new ServiceHall(row[0], MatterGenerator.ownerUnit(row[1]));
      hall.describe(facts(row, items), "demo-data", now);
      em.persist(hall);
    }
  }

  /** A row's facts, checked by the platform's own rules, with its division's first matters. */
  static HallFacts facts(String[] row, List<MatterGenerator.Item> items) {
    List<HallMatter> matters =
        items.stream()
            .filter(item -> item.draft().divisionCode().equals(row[1]))
            .limit(Integer.parseInt(row[8]))
            .map(item -> new HallMatter(item.draft().implementationCode(), item.draft().name()))
            .toList();
    return HallFacts.checked(
        row[2],
        row[3],
        row[4],
        row[5],
        Double.parseDouble(row[6]),
        Double.parseDouble(row[7]),
        row[1],
        matters);
  }
}
