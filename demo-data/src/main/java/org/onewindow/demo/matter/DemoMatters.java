package org.onewindow.demo.matter;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.onewindow.common.StartupSeed;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.matter.domain.MatterElements;
import org.onewindow.matter.domain.MatterFeed;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.matter.service.MatterExchangeService;
import org.onewindow.review.ReviewAction;

/**
 * DEMO matters for the embedded run (issue 19 item 1): the basic catalogue of {@link
 * MatterTemplates} through the sync's own upsert, and its implementation-list items in ten
 * divisions of Beijing, Zhejiang, Guangdong and Sichuan at provincial, municipal and county level —
 * over 300 items of eleven departments, published after review by a demo reviewer, plus two
 * submitted drafts waiting in the review queue. Deterministic; only into an empty catalogue, only
 * with {@code onewindow.demo-data} on (the default).
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DemoAccessUnits")
public class DemoMatters {

  private static final Logger LOG = Logger.getLogger(DemoMatters.class.getName());

  static final String EDITOR = "demo-editor";
  static final String REVIEWER = "demo-reviewer";

  /** The divisions the demo publishes in: code and name (GB/T 2260, the bundled table's). */
  static final List<String[]> DIVISIONS =
      MatterGenerator.bundledDivisions(
          "110000", "110105", "110108", "330000", "330100", "330106", "440000", "440300", "440305",
          "510100");

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private MatterExchangeService exchange;

  @Inject Clock clock;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void seedIfEmpty() {
    if (!Boolean.parseBoolean(System.getProperty("onewindow.demo-data", "true"))) {
      return;
    }
    long existing =
        em.createQuery("select count(v) from MatterVersion v", Long.class).getSingleResult();
    if (existing > 0) {
      return;
    }
    List<MatterGenerator.Item> items = MatterGenerator.items(DIVISIONS, false, Integer.MAX_VALUE);
    if (StartupSeed.seedOrYield(em, "DEMO matters", () -> seed(items), LOG)) {
      LOG.info("Seeded " + items.size() + " DEMO matters");
    }
  }

  private void seed(List<MatterGenerator.Item> items) {
    Instant now = clock.instant();
    Map<String, ExchangeRecord> catalogue = new LinkedHashMap<>();
    for (MatterGenerator.Item item : items) {
      MatterGenerator.CatalogueSeed c = item.catalogue();
      catalogue.computeIfAbsent(
          c.basicCode(),
          code ->
              new ExchangeRecord(
                  code,
                  MatterGenerator.EPOCH,
                  MatterGenerator.catalogueFields(c, MatterGenerator.EPOCH)));
    }
    exchange.upsertCatalogue(new ArrayList<>(catalogue.values()));
    MatterFeed feed =
        em.find(
            MatterFeed.class,
            MatterFeed.Name.IMPLEMENTATION.name(),
            LockModeType.PESSIMISTIC_WRITE);
    for (int i = 0; i < items.size(); i++) {
      MatterGenerator.Item item = items.get(i);
      MatterVersion version =
          MatterVersion.first(item.ownerUnit(), MatterElements.check(item.draft()), EDITOR, now);
      em.persist(version);
      em.flush();
      em.persist(version.registration());
      em.persist(version.perform(ReviewAction.SUBMIT, EDITOR, "", now));
      // the first two (Beijing's) wait for review: the console's review queue
      if (i < 2) {
        continue;
      }
      em.persist(version.perform(ReviewAction.APPROVE, REVIEWER, "", now));
      version.publish(now, feed.take());
    }
  }
}
