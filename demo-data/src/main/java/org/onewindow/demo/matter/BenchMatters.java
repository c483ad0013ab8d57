package org.onewindow.demo.matter;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.matter.domain.MatterElements;
import org.onewindow.matter.domain.MatterFeed;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.matter.service.MatterExchangeService;
import org.onewindow.review.ReviewAction;

/**
 * Benchmark data, off unless asked for (ear/bench-search): with {@code -Donewindow.bench.matters=N}
 * the platform publishes N generated implementation-list items ({@link MatterGenerator}, every
 * division of the bundled table, a basic code of their own) after start, {@link #CHUNK} per
 * transaction (small: each item's flush dirty-checks the whole persistence context, so a chunk
 * costs about its size squared), in the background, so that the search indexes them from the matter
 * feed as it would any published item. Items already there are skipped.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DemoMatters")
public class BenchMatters {

  static final String PROPERTY = "onewindow.bench.matters";
  static final int CHUNK = 100;

  private static final Logger LOG = Logger.getLogger(BenchMatters.class.getName());

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private MatterExchangeService exchange;

  @Resource private TimerService timers;

  @Resource private SessionContext context;

  @Inject Clock clock;

  @PostConstruct
  void scheduleIfAsked() {
    if (Integer.getInteger(PROPERTY, 0) > 0) {
      timers.createSingleActionTimer(1000, new TimerConfig("bench-matters", false));
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void seed() {
    int wanted = Integer.getInteger(PROPERTY, 0);
    List<MatterGenerator.Item> items =
        MatterGenerator.items(MatterGenerator.bundledDivisions(), true, wanted);
    BenchMatters self = context.getBusinessObject(BenchMatters.class);
    long started = System.nanoTime();
    for (int from = 0; from < items.size(); from += CHUNK) {
      self.publish(items.subList(from, Math.min(items.size(), from + CHUNK)));
    }
    LOG.info(
        "Published "
            + items.size()
            + " benchmark matters in "
            + (System.nanoTime() - started) / 1_000_000
            + " ms");
  }

  /** Publishes one chunk (its catalogue items first) in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void publish(List<MatterGenerator.Item> chunk) {
    Instant now = clock.instant();
    List<ExchangeRecord> catalogue = new ArrayList<>();
    for (MatterGenerator.Item item : chunk) {
      MatterGenerator.CatalogueSeed c = item.catalogue();
      catalogue.add(
          new ExchangeRecord(
              c.basicCode(),
              MatterGenerator.EPOCH,
              MatterGenerator.catalogueFields(c, MatterGenerator.EPOCH)));
    }
    exchange.upsertCatalogue(catalogue);
    MatterFeed feed =
        em.find(
            MatterFeed.class,
            MatterFeed.Name.IMPLEMENTATION.name(),
            LockModeType.PESSIMISTIC_WRITE);
    Set<String> kept =
        new HashSet<>(
            em.createQuery(
                    "select v.implementationCode from MatterVersion v"
                        + " where v.implementationCode in :codes",
                    String.class)
                .setParameter(
                    "codes", chunk.stream().map(i -> i.draft().implementationCode()).toList())
                .getResultList());
    for (MatterGenerator.Item item : chunk) {
      if (kept.contains(item.draft().implementationCode())) {
        continue; // a restarted run: published already
      }
      MatterVersion version =
          MatterVersion.first(
              item.ownerUnit(), MatterElements.check(item.draft()), DemoMatters.EDITOR, now);
      em.persist(version);
      em.flush();
      em.persist(version.registration());
      em.persist(version.perform(ReviewAction.SUBMIT, DemoMatters.EDITOR, "", now));
      em.persist(version.perform(ReviewAction.APPROVE, DemoMatters.REVIEWER, "", now));
      version.publish(now, feed.take());
    }
    em.flush();
    em.clear();
  }
}
