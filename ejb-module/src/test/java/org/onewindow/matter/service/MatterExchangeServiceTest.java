package org.onewindow.matter.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.exchange.ExchangeChange;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.RecordOutcome;
import org.onewindow.exchange.RecordResult;
import org.onewindow.matter.domain.MatterFeed;
import org.onewindow.testing.InMemoryDatabase;

/**
 * The basic catalogue's upsert and feed on a real database (002 6.2 a; 004 7): idempotent by 基本编码,
 * older or equal versions stale, malformed records rejected with their reason and nothing kept,
 * each written change numbered in the feed.
 */
class MatterExchangeServiceTest {

  private static final Instant V1 = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant V2 = Instant.parse("2026-11-02T00:00:00Z");

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC);

  @BeforeEach
  void feeds() {
    db.run(
        em -> {
          em.persist(new MatterFeed(MatterFeed.Name.CATALOGUE));
          em.persist(new MatterFeed(MatterFeed.Name.IMPLEMENTATION));
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aNewerVersionReplacesAnEqualOrOlderOneIsStale() {
    assertEquals(
        List.of(RecordOutcome.WRITTEN, RecordOutcome.WRITTEN),
        outcomes(upsert(item("000100000001", V1, "户口迁移登记"), item("000100000002", V1, "出生登记"))));
    assertEquals(
        List.of(RecordOutcome.STALE, RecordOutcome.WRITTEN, RecordOutcome.STALE),
        outcomes(
            upsert(
                item("000100000001", V1, "户口迁移登记（重发）"),
                item("000100000001", V2, "户口迁入登记"),
                item("000100000002", V1.minusSeconds(1), "出生登记（旧）"))));
    List<ExchangeChange> changes = db.inTransaction(em -> service(em).catalogueChanges(0, 10));
    assertEquals(List.of(2L, 3L), changes.stream().map(ExchangeChange::sequence).toList());
    assertEquals("出生登记", changes.get(0).record().field("name"));
    assertEquals("户口迁入登记", changes.get(1).record().field("name"));
    assertEquals(V2, changes.get(1).record().version());
    assertEquals("2026-11-02T00:00:00Z", changes.get(1).record().field("updated_at"));
    assertEquals(
        List.of(3L),
        db.inTransaction(em -> service(em).catalogueChanges(2, 10)).stream()
            .map(ExchangeChange::sequence)
            .toList());
  }

  @Test
  void aMalformedRecordIsRejectedWithItsReasonAndChangesNothing() {
    Map<String, String> noType = fields("无类型事项");
    noType.remove("matter_type");
    List<RecordResult> results =
        upsert(
            new ExchangeRecord("000100000003", V1, noType),
            new ExchangeRecord("bad code", V1, fields("坏编码")),
            item("000100000004", V1, "结婚登记"));
    assertEquals(
        List.of(RecordOutcome.REJECTED, RecordOutcome.REJECTED, RecordOutcome.WRITTEN),
        outcomes(results));
    assertEquals("matter.field.missing", results.get(0).reason().key());
    assertEquals("matter.code.basic", results.get(1).reason().key());
    assertNull(results.get(2).reason());
    assertEquals(1, db.inTransaction(em -> service(em).catalogueChanges(0, 10)).size());
  }

  private List<RecordResult> upsert(ExchangeRecord... records) {
    return db.inTransaction(em -> service(em).upsertCatalogue(List.of(records)));
  }

  private MatterExchangeService service(jakarta.persistence.EntityManager em) {
    return new MatterExchangeService(em, clock);
  }

  private static ExchangeRecord item(String code, Instant version, String name) {
    return new ExchangeRecord(code, version, fields(name));
  }

  private static Map<String, String> fields(String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("matter_type", "行政确认");
    fields.put("setting_basis", "《户口登记条例》");
    fields.put("exercise_level", "县级");
    return fields;
  }

  private static List<RecordOutcome> outcomes(List<RecordResult> results) {
    return results.stream().map(RecordResult::outcome).toList();
  }
}
