package org.onewindow.interaction.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.exchange.ExchangeChange;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.interaction.domain.SearchCounter;
import org.onewindow.interaction.domain.SearchEntry;
import org.onewindow.matter.service.MatterExchangeService;

/**
 * Takes one batch of the implementation feed into the search entries, in its own transaction:
 * published items are written (Hibernate Search indexes them at the commit), withdrawn ones
 * removed, and the cursor moved — under the cursor row's lock, so two nodes never take the same
 * batch. The matter capability is read through its service only.
 */
@Stateless
@PermitAll
public class SearchFeedReader {

  /** Found once: a lookup per call goes through the service loader (MatterRecords). */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** Changes per transaction. */
  static final int BATCH = MatterExchangeService.MAX_LIMIT;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private MatterExchangeService matters;

  /** Takes the next batch; returns how many changes it took (0: the index is current). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int takeNext() {
    SearchCounter cursor =
        em.find(SearchCounter.class, SearchCounter.FEED, LockModeType.PESSIMISTIC_WRITE);
    List<ExchangeChange> changes = matters.implementationChanges(cursor.getValue(), BATCH);
    Map<String, SearchEntry> entries = entriesOf(changes);
    for (ExchangeChange change : changes) {
      apply(change, entries);
      cursor.setValue(change.sequence());
    }
    return changes.size();
  }

  /** The feed cursor: the number of the last change any node took into the entries. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long cursor() {
    SearchCounter cursor = em.find(SearchCounter.class, SearchCounter.FEED);
    return cursor == null ? 0 : cursor.getValue();
  }

  /** The entries the batch's changes name, in one read rather than one per change. */
  private Map<String, SearchEntry> entriesOf(List<ExchangeChange> changes) {
    Map<String, SearchEntry> entries = new HashMap<>();
    if (changes.isEmpty()) {
      return entries;
    }
    List<String> codes = changes.stream().map(c -> c.record().key()).distinct().toList();
    em.createQuery("select e from SearchEntry e where e.code in :codes", SearchEntry.class)
        .setParameter("codes", codes)
        .getResultList()
        .forEach(e -> entries.put(e.getCode(), e));
    return entries;
  }

  /** Writes or removes one change's entry; {@code entries} follows (one item changed twice). */
  private void apply(ExchangeChange change, Map<String, SearchEntry> entries) {
    ExchangeRecord record = change.record();
    String code = record.key();
    SearchEntry entry = entries.get(code);
    if ("withdrawn".equals(record.field("status"))) {
      if (entry != null) {
        em.remove(entry);
        entries.remove(code);
      }
      return;
    }
    if (entry == null) {
      entry = new SearchEntry(code);
      entry.update(published(record), change.sequence());
      em.persist(entry);
      entries.put(code, entry);
    } else {
      entry.update(published(record), change.sequence());
    }
  }

  private static SearchEntry.Published published(ExchangeRecord r) {
    return new SearchEntry.Published(
        field(r, "basic_code"),
        field(r, "name"),
        String.join(
            " ",
            field(r, "agency"),
            field(r, "acceptance_conditions"),
            materialNames(field(r, "materials"))),
        field(r, "matter_type"),
        field(r, "target"),
        field(r, "exercise_level"),
        field(r, "division_code"),
        field(r, "agency"),
        field(r, "theme"),
        days(field(r, "promised_limit_days")),
        Instant.parse(field(r, "published_at")));
  }

  /** The materials' names out of the feed's JSON array (what a person searches a material by). */
  static String materialNames(String json) {
    if (json.isEmpty()) {
      return "";
    }
    StringBuilder names = new StringBuilder();
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      for (JsonValue value : reader.readArray()) {
        if (value instanceof JsonObject o && o.containsKey("name")) {
          names.append(o.getString("name", "")).append(' ');
        }
      }
    } catch (RuntimeException e) {
      return "";
    }
    return names.toString().strip();
  }

  private static int days(String text) {
    return text.isEmpty() ? 0 : Integer.parseInt(text);
  }

  private static String field(ExchangeRecord r, String name) {
    String value = r.field(name);
    return value == null ? "" : value;
  }
}
