package org.onewindow.casework.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.domain.ApplicantSecret;
import org.onewindow.casework.domain.CaseFields;
import org.onewindow.casework.testing.CaseRecords;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.keys.KeyRing;
import org.onewindow.crypto.keys.RootKeyComponents;
import org.onewindow.crypto.keys.SoftwareKeyEncryptionProvider;
import org.onewindow.exchange.ExchangeChange;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.RecordOutcome;
import org.onewindow.exchange.RecordResult;
import org.onewindow.schema.SchemaMigrations;

/**
 * The inbound case sync's bulk upsert (004 7) on an in-memory H2 (and, in {@link
 * CaseUpsertsPostgresqlTest}, on PostgreSQL) migrated to the current schema, as the batch job's
 * chunk would run it: inserts, stale and newer versions, duplicates in a chunk, rejected records,
 * the feed's numbering, and sealed personal data (003 6.3.2.3).
 */
class CaseUpsertsTest {

  private static final KeyRing RING = ring();

  private Connection connection;

  @BeforeEach
  void migratedDatabase() throws SQLException {
    DataSource dataSource = emptyDatabase();
    SchemaMigrations.migrate(dataSource);
    connection = dataSource.getConnection();
    connection.setAutoCommit(false);
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
    dropDatabase();
  }

  /** A new empty database: here an in-memory H2. */
  DataSource emptyDatabase() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:cases-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("sa");
    return dataSource;
  }

  void dropDatabase() {
    // The in-memory database goes with the JVM.
  }

  @Test
  void newCasesAreWrittenAndNumberedInTheFeedInTheirOrder() throws SQLException {
    List<ExchangeRecord> records = CaseRecords.records(7, 0, 50);

    List<RecordResult> results = upsert(records);

    assertEquals(50, results.size());
    for (int i = 0; i < 50; i++) {
      assertEquals(records.get(i).key(), results.get(i).key());
      assertEquals(RecordOutcome.WRITTEN, results.get(i).outcome());
    }
    assertEquals(50, count());
    List<ExchangeChange> feed = CaseFeed.read(connection, CasePart.BASIC, 0, 100);
    assertEquals(50, feed.size());
    for (int i = 0; i < 50; i++) {
      assertEquals(i + 1, feed.get(i).sequence());
      assertEquals(records.get(i).key(), feed.get(i).record().key());
    }
  }

  @Test
  void anOlderOrEqualVersionIsStaleAndChangesNothing() throws SQLException {
    Map<String, String> fields = CaseRecords.fields(7, 1);
    upsert(List.of(CaseRecords.record(fields)));
    Instant kept = Instant.parse(fields.get(CaseFields.UPDATED_AT));
    Map<String, String> older =
        new LinkedHashMap<>(CaseRecords.withVersion(fields, kept.minusSeconds(1)));
    older.put(CaseFields.MATTER_NAME, "older matter");

    List<RecordResult> results =
        upsert(List.of(CaseRecords.record(older), CaseRecords.record(fields)));

    assertEquals(RecordOutcome.STALE, results.get(0).outcome());
    assertEquals(RecordOutcome.STALE, results.get(1).outcome());
    assertEquals(fields.get(CaseFields.MATTER_NAME), column(fields, "matter_name"));
    assertEquals(1, feedLast(), "a stale record takes no feed number");
  }

  @Test
  void aNewerVersionReplacesTheKeptOneAndMovesInTheFeed() throws SQLException {
    Map<String, String> first = CaseRecords.fields(7, 1);
    upsert(CaseRecords.records(7, 0, 3));
    Instant kept = Instant.parse(first.get(CaseFields.UPDATED_AT));
    Map<String, String> newer =
        new LinkedHashMap<>(CaseRecords.withVersion(first, kept.plusSeconds(60)));
    newer.put(CaseFields.MATTER_NAME, "newer matter");

    List<RecordResult> results = upsert(List.of(CaseRecords.record(newer)));

    assertEquals(RecordOutcome.WRITTEN, results.get(0).outcome());
    assertEquals("newer matter", column(first, "matter_name"));
    assertEquals(3, count());
    List<ExchangeChange> after = CaseFeed.read(connection, CasePart.PROCESS, 3, 10);
    assertEquals(1, after.size());
    assertEquals(4, after.get(0).sequence());
    assertEquals(first.get(CaseFields.CASE_NO), after.get(0).record().key());
  }

  @Test
  void ofDuplicatesInOneChunkTheNewestWinsAndTheOthersAreStale() throws SQLException {
    Map<String, String> fields = CaseRecords.fields(7, 5);
    Instant version = Instant.parse(fields.get(CaseFields.UPDATED_AT));
    Map<String, String> newest =
        new LinkedHashMap<>(CaseRecords.withVersion(fields, version.plusSeconds(10)));
    newest.put(CaseFields.MATTER_NAME, "newest");
    Map<String, String> equal = new LinkedHashMap<>(newest);
    equal.put(CaseFields.MATTER_NAME, "as new, came later");

    List<RecordResult> results =
        upsert(
            List.of(
                CaseRecords.record(fields), CaseRecords.record(newest), CaseRecords.record(equal)));

    assertEquals(
        List.of(RecordOutcome.STALE, RecordOutcome.WRITTEN, RecordOutcome.STALE),
        results.stream().map(RecordResult::outcome).toList());
    assertEquals("newest", column(fields, "matter_name"));
    assertEquals(1, count());
  }

  @Test
  void malformedRecordsAreRejectedWithTheirReasonAndWriteNothing() throws SQLException {
    Map<String, String> badId = new LinkedHashMap<>(CaseRecords.fields(7, 10));
    String id = badId.get(CaseFields.APPLICANT_ID_NUMBER);
    badId.put(CaseFields.APPLICANT_ID_NUMBER, id.substring(0, 17) + (id.endsWith("0") ? "1" : "0"));
    Map<String, String> noMatter = new LinkedHashMap<>(CaseRecords.fields(7, 11));
    noMatter.remove(CaseFields.MATTER_CODE);
    Map<String, String> good = CaseRecords.fields(7, 12);

    List<RecordResult> results =
        upsert(
            List.of(
                CaseRecords.record(badId), CaseRecords.record(noMatter), CaseRecords.record(good)));

    assertEquals(RecordOutcome.REJECTED, results.get(0).outcome());
    assertEquals("casework.idNumber.invalid", results.get(0).reason().key());
    assertEquals(RecordOutcome.REJECTED, results.get(1).outcome());
    assertEquals("casework.field.missing", results.get(1).reason().key());
    assertEquals(List.of(CaseFields.MATTER_CODE), results.get(1).reason().arguments());
    assertEquals(RecordOutcome.WRITTEN, results.get(2).outcome());
    assertNull(results.get(2).reason());
    assertEquals(1, count());
  }

  @Test
  void theDatabaseHoldsNoPlaintextPersonalDataAndTheSealOpens() throws SQLException {
    List<Map<String, String>> generated = CaseRecords.generate(7, 0, 30);
    List<ExchangeRecord> records = new ArrayList<>();
    generated.forEach(fields -> records.add(CaseRecords.record(fields)));
    upsert(records);

    String dump = dump();
    Map<String, String> sealed = new HashMap<>();
    for (Map<String, String> fields : generated) {
      for (String personal :
          List.of(
              CaseFields.APPLICANT_ID_NUMBER,
              CaseFields.APPLICANT_PHONE,
              CaseFields.DELIVERY_ADDRESS)) {
        String value = fields.get(personal);
        if (value != null) {
          assertFalse(dump.contains(value), personal + " in plaintext in the database");
        }
      }
      if (fields.get(CaseFields.APPLICANT_TYPE).equals("NATURAL_PERSON")) {
        assertFalse(dump.contains(fields.get(CaseFields.APPLICANT_NAME)), "a name in plaintext");
      }
      sealed.put(fields.get(CaseFields.CASE_NO), column(fields, "applicant_sealed"));
    }
    Map<String, String> first = generated.get(0);
    String caseNo = first.get(CaseFields.CASE_NO);
    ApplicantSecret opened = ApplicantSeals.open(RING, caseNo, sealed.get(caseNo));
    assertEquals(first.get(CaseFields.APPLICANT_NAME), opened.name());
    assertEquals(first.get(CaseFields.APPLICANT_ID_NUMBER), opened.idNumber());
    assertEquals(first.get(CaseFields.APPLICANT_PHONE), opened.phone());
    // bound to its row: another case's number does not open it
    assertThrows(
        CryptoException.class,
        () ->
            ApplicantSeals.open(
                RING, generated.get(1).get(CaseFields.CASE_NO), sealed.get(caseNo)));
  }

  @Test
  void theFeedShowsPersonalDataMasked() throws SQLException {
    Map<String, String> fields = CaseRecords.fields(7, 3);
    upsert(List.of(CaseRecords.record(fields)));

    Map<String, String> basic =
        CaseFeed.read(connection, CasePart.BASIC, 0, 1).get(0).record().fields();

    String id = fields.get(CaseFields.APPLICANT_ID_NUMBER);
    assertEquals(id.substring(0, 4) + "*".repeat(14), basic.get(CaseFields.APPLICANT_ID_NUMBER));
    String phone = fields.get(CaseFields.APPLICANT_PHONE);
    assertEquals(phone.substring(0, 4) + "*******", basic.get(CaseFields.APPLICANT_PHONE));
    assertEquals(fields.get(CaseFields.UPDATED_AT), basic.get(CaseFields.UPDATED_AT));
    assertEquals(CaseFeed.fieldsOf(CasePart.BASIC).get(0), CaseFields.CASE_NO);
    assertTrue(basic.keySet().stream().allMatch(CaseFeed.fieldsOf(CasePart.BASIC)::contains));
  }

  @Test
  void aLargeChunkCheckedAndSealedInHalvesKeepsTheOutcomesAndTheFeedInOrder() throws SQLException {
    int size = 3 * CaseUpserts.SPLIT_FROM;
    List<ExchangeRecord> records = new ArrayList<>(CaseRecords.records(7, 0, size));
    Map<String, String> broken = new LinkedHashMap<>(records.get(size - 10).fields());
    broken.put(CaseFields.DIVISION_CODE, "33010");
    records.set(size - 10, CaseRecords.record(broken)); // in the helper's half
    // A duplicate of the last one, as new: the earlier wins, the last is STALE.
    records.set(5, CaseRecords.record(records.get(size - 1).fields()));
    ExecutorService helper = Executors.newSingleThreadExecutor();
    List<RecordResult> results;
    try {
      results = new CaseUpserts(connection, RING, helper).upsert(records);
      connection.commit();
    } finally {
      helper.shutdown();
    }

    assertEquals(size, results.size());
    for (int i = 0; i < size; i++) {
      assertEquals(records.get(i).key(), results.get(i).key());
      RecordOutcome expected =
          i == size - 10
              ? RecordOutcome.REJECTED
              : i == size - 1 ? RecordOutcome.STALE : RecordOutcome.WRITTEN;
      assertEquals(expected, results.get(i).outcome(), "record " + i);
    }
    assertEquals(size - 2, count());
    List<ExchangeChange> feed = CaseFeed.read(connection, CasePart.BASIC, 0, size);
    List<String> written = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (results.get(i).outcome() == RecordOutcome.WRITTEN) {
        written.add(records.get(i).key());
      }
    }
    assertEquals(written, feed.stream().map(change -> change.record().key()).toList());
    Map<String, String> last = records.get(size - 1).fields();
    assertEquals(
        last.get(CaseFields.APPLICANT_NAME),
        ApplicantSeals.open(RING, last.get(CaseFields.CASE_NO), column(last, "applicant_sealed"))
            .name());
  }

  /**
   * PostgreSQL takes new cases by COPY in its text format, where a backslash starts an escape: a
   * value holding backslashes and the sequences COPY would read as tab, newline or null must come
   * back as it was sent, beside cases of the same chunk that replace kept ones.
   */
  @Test
  void valuesWithBackslashesComeBackAsSentBesideReplacedCasesInOneChunk() throws SQLException {
    List<ExchangeRecord> kept = CaseRecords.records(7, 0, 3);
    upsert(kept);
    Map<String, String> odd = new LinkedHashMap<>(CaseRecords.fields(7, 40));
    String name = "C:\\事项\\t\\N\\n 名称 \\";
    odd.put(CaseFields.MATTER_NAME, name);
    Instant later = Instant.parse(kept.get(1).fields().get(CaseFields.UPDATED_AT)).plusSeconds(5);
    Map<String, String> newer =
        new LinkedHashMap<>(CaseRecords.withVersion(kept.get(1).fields(), later));
    newer.put(CaseFields.MATTER_NAME, "新名称\\");

    List<RecordResult> results =
        upsert(List.of(CaseRecords.record(odd), CaseRecords.record(newer)));

    assertEquals(RecordOutcome.WRITTEN, results.get(0).outcome());
    assertEquals(RecordOutcome.WRITTEN, results.get(1).outcome());
    assertEquals(name, column(odd, "matter_name"));
    assertEquals("新名称\\", column(newer, "matter_name"));
    assertEquals(4, count());
    assertEquals(5, feedLast());
  }

  private List<RecordResult> upsert(List<ExchangeRecord> records) throws SQLException {
    List<RecordResult> results = new CaseUpserts(connection, RING).upsert(records);
    connection.commit();
    return results;
  }

  private long count() throws SQLException {
    return single("select count(*) from ow_case");
  }

  private long feedLast() throws SQLException {
    return single("select last_sequence from ow_case_feed where feed = 'case'");
  }

  private long single(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private String column(Map<String, String> fields, String column) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "select "
                    + column
                    + " from ow_case where case_no = '"
                    + fields.get(CaseFields.CASE_NO)
                    + "'")) {
      assertTrue(row.next());
      return row.getString(1);
    }
  }

  /** Every column of every case as text, as a dump would show them. */
  private String dump() throws SQLException {
    StringBuilder dump = new StringBuilder();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select * from ow_case")) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int c = 1; c <= columns; c++) {
          dump.append(rows.getString(c)).append('|');
        }
        dump.append('\n');
      }
    }
    return dump.toString();
  }

  private static KeyRing ring() {
    List<String> components = RootKeyComponents.generateComponents(2);
    Map<String, String> environment = new HashMap<>();
    for (int i = 0; i < components.size(); i++) {
      environment.put(RootKeyComponents.VARIABLE_PREFIX + (i + 1), components.get(i));
    }
    return KeyRing.of(
        SoftwareKeyEncryptionProvider.of(RootKeyComponents.fromEnvironment(environment::get)), 1);
  }
}
