package org.onewindow.casework.service;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import org.onewindow.casework.domain.Applicant;
import org.onewindow.casework.domain.ApplicantSecret;
import org.onewindow.casework.domain.CaseFacts;
import org.onewindow.casework.domain.CaseFeedCounter;
import org.onewindow.casework.domain.CaseRecordReader;
import org.onewindow.casework.domain.CaseRefusal;
import org.onewindow.casework.domain.MaskedApplicant;
import org.onewindow.casework.domain.StageMark;
import org.onewindow.crypto.keys.KeyRing;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.RecordResult;

/**
 * One chunk of the inbound case sync on one JDBC connection (the caller's transaction): reads and
 * checks every record, lets the newest of duplicate keys win, locks the case feed's counter, reads
 * the versions kept for the chunk's keys, and writes the newer cases in one statement batch with
 * their feed numbers. Because every writer takes the counter's lock first, the versions read are
 * still the ones kept when the batch runs: the outcomes are exact without relying on update counts
 * (which drivers rewriting batches do not report).
 */
final class CaseUpserts {

  /** Below this many records a chunk is not worth a second thread. */
  static final int SPLIT_FROM = 200;

  private final Connection connection;
  private final KeyRing ring;
  private final Executor helper;

  CaseUpserts(Connection connection, KeyRing ring) {
    this(connection, ring, null);
  }

  /**
   * With {@code helper} (the container's managed executor) the checking, masking and sealing of a
   * chunk run in two halves, one there and one on the caller's thread: they are most of a row's
   * cost in Java and independent per record. Without it, on the caller's thread alone.
   */
  CaseUpserts(Connection connection, KeyRing ring, Executor helper) {
    this.connection = connection;
    this.ring = ring;
    this.helper = helper;
  }

  List<RecordResult> upsert(List<ExchangeRecord> records) throws SQLException {
    RecordResult[] results = new RecordResult[records.size()];
    Map<String, Integer> newest = new LinkedHashMap<>();
    CaseFacts[] facts = new CaseFacts[records.size()];
    inHalves(
        records.size(),
        i -> {
          try {
            facts[i] = CaseRecordReader.read(records.get(i));
          } catch (CaseRefusal refusal) {
            results[i] = RecordResult.rejected(records.get(i).key(), refusal.reason());
          }
        });
    for (int i = 0; i < records.size(); i++) {
      ExchangeRecord record = records.get(i);
      if (facts[i] == null) {
        continue;
      }
      Integer earlier = newest.get(facts[i].caseNo());
      if (earlier == null) {
        newest.put(facts[i].caseNo(), i);
      } else if (facts[i].version().isAfter(facts[earlier].version())) {
        results[earlier] = RecordResult.stale(records.get(earlier).key());
        newest.put(facts[i].caseNo(), i);
      } else {
        results[i] = RecordResult.stale(record.key());
      }
    }
    if (!newest.isEmpty()) {
      long sequence = lockFeed();
      Map<String, Instant> kept = keptVersions(newest.keySet());
      List<Integer> toWrite = new ArrayList<>(newest.size());
      for (int i : newest.values()) {
        Instant current = kept.get(facts[i].caseNo());
        if (current != null && !facts[i].version().isAfter(current)) {
          results[i] = RecordResult.stale(records.get(i).key());
        } else {
          toWrite.add(i);
        }
      }
      if (!toWrite.isEmpty()) {
        toWrite.sort(null); // feed numbers in the order the records came
        write(toWrite, facts, kept, sequence);
        advanceFeed(sequence + toWrite.size());
        for (int i : toWrite) {
          results[i] = RecordResult.written(records.get(i).key());
        }
      }
    }
    return Arrays.asList(results);
  }

  /**
   * Locks the feed's counter row to the commit and answers its last number; the first chunk ever
   * creates the row (insert if absent: the migration leaves the new tables empty).
   */
  private long lockFeed() throws SQLException {
    Long last = lockedCounter();
    if (last == null) {
      try (PreparedStatement create = connection.prepareStatement(createCounterStatement())) {
        create.setString(1, CaseFeedCounter.CASES);
        create.executeUpdate();
      }
      last = lockedCounter();
    }
    if (last == null) {
      throw new IllegalStateException("the case feed's counter row could not be created");
    }
    return last;
  }

  private Long lockedCounter() throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement(
            "select last_sequence from ow_case_feed where feed = ? for update")) {
      lock.setString(1, CaseFeedCounter.CASES);
      try (ResultSet row = lock.executeQuery()) {
        return row.next() ? row.getLong(1) : null;
      }
    }
  }

  /**
   * Creates the counter row unless it exists. PostgreSQL's {@code on conflict do nothing} waits for
   * a concurrent creator and then does nothing; H2 (one node only) uses the standard MERGE.
   */
  private String createCounterStatement() throws SQLException {
    if (isPostgresql()) {
      return "insert into ow_case_feed (feed, last_sequence) values (?, 0)"
          + " on conflict (feed) do nothing";
    }
    return "merge into ow_case_feed f using (values (cast(? as varchar(32)))) s (feed)"
        + " on f.feed = s.feed when not matched then insert (feed, last_sequence)"
        + " values (s.feed, 0)";
  }

  private void advanceFeed(long last) throws SQLException {
    try (PreparedStatement advance =
        connection.prepareStatement("update ow_case_feed set last_sequence = ? where feed = ?")) {
      advance.setLong(1, last);
      advance.setString(2, CaseFeedCounter.CASES);
      advance.executeUpdate();
    }
  }

  /** The versions kept for {@code keys}, in one query. */
  private Map<String, Instant> keptVersions(Iterable<String> keys) throws SQLException {
    List<String> list = new ArrayList<>();
    keys.forEach(list::add);
    Map<String, Instant> kept = new HashMap<>();
    Array array = connection.createArrayOf("varchar", list.toArray(String[]::new));
    try (PreparedStatement query =
        connection.prepareStatement(
            "select case_no, source_version from ow_case where case_no = any (?)")) {
      query.setArray(1, array);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          kept.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant());
        }
      }
    } finally {
      array.free();
    }
    return kept;
  }

  private void write(
      List<Integer> indexes, CaseFacts[] facts, Map<String, Instant> kept, long lastSequence)
      throws SQLException {
    Object[][] rows = new Object[indexes.size()][];
    if (isPostgresql()) {
      writePostgresql(indexes, facts, kept, lastSequence, rows);
      return;
    }
    try (ApplicantSeals seals = new ApplicantSeals(ring)) {
      inHalves(
          rows.length, k -> rows[k] = values(facts[indexes.get(k)], lastSequence + 1 + k, seals));
    }
    writeBatch(Arrays.asList(rows));
  }

  /**
   * PostgreSQL: the cases not kept yet go in by COPY ({@link PostgresqlCaseCopy}), streamed while
   * the rest of the chunk is still being sealed (by the helper, if any, and this thread), so the
   * server inserts while Java seals; the cases kept in an older version are replaced by one
   * statement afterwards.
   */
  private void writePostgresql(
      List<Integer> indexes,
      CaseFacts[] facts,
      Map<String, Instant> kept,
      long lastSequence,
      Object[][] rows)
      throws SQLException {
    int count = rows.length;
    boolean[] fresh = new boolean[count];
    byte[][] lines = new byte[count][];
    for (int k = 0; k < count; k++) {
      fresh[k] = !kept.containsKey(facts[indexes.get(k)].caseNo());
    }
    try (ApplicantSeals seals = new ApplicantSeals(ring);
        PostgresqlCaseCopy copy = PostgresqlCaseCopy.start(connection)) {
      IntConsumer make =
          k -> {
            rows[k] = values(facts[indexes.get(k)], lastSequence + 1 + k, seals);
            if (fresh[k]) {
              lines[k] = PostgresqlCaseCopy.line(rows[k]);
            }
          };
      SplitWork split =
          SplitWork.start(count, make, helper != null && count >= SPLIT_FROM ? helper : null);
      int helperFrom;
      try {
        for (int k = split.nextLow(); k >= 0; k = split.nextLow()) {
          make.accept(k);
          if (fresh[k]) {
            copy.add(lines[k]);
          }
        }
      } finally {
        helperFrom = split.finish();
      }
      for (int k = helperFrom; k < count; k++) {
        if (fresh[k]) {
          copy.add(lines[k]);
        }
      }
      copy.end();
    }
    List<Object[]> replaced = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      if (!fresh[k]) {
        replaced.add(rows[k]);
      }
    }
    if (!replaced.isEmpty()) {
      writeColumns(replaced);
    }
  }

  /**
   * Runs {@code work} for 0 to {@code count} − 1, shared with the helper, if any and the chunk is
   * large enough ({@link SplitWork}: this thread never waits for a helper that has not begun).
   */
  private void inHalves(int count, IntConsumer work) {
    if (helper == null || count < SPLIT_FROM) {
      for (int i = 0; i < count; i++) {
        work.accept(i);
      }
      return;
    }
    SplitWork split = SplitWork.start(count, work, helper);
    try {
      split.runLow();
    } finally {
      split.finish();
    }
  }

  /**
   * PostgreSQL: the chunk in one statement, each column bound as one array and the rows made by
   * {@code unnest} — one round trip and one plan for the whole chunk instead of a statement per
   * row. (Measured against COPY into a temporary staging table and one insert … select from it: the
   * same rate, 35 µs a row of both on the benchmark's machine, the index upkeep of the insert being
   * most of it; so the plain statement stays, needing neither the driver's API nor a temporary
   * table.)
   */
  private void writeColumns(List<Object[]> rows) throws SQLException {
    List<String> columns = CaseColumns.WRITTEN;
    List<Array> arrays = new ArrayList<>(columns.size());
    try (PreparedStatement statement =
        connection.prepareStatement(CaseColumns.postgresqlUpsert())) {
      for (int c = 0; c < columns.size(); c++) {
        String[] column = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
          Object value = rows.get(r)[c];
          column[r] = value == null ? null : value.toString();
        }
        Array array = connection.createArrayOf("text", column);
        arrays.add(array);
        statement.setArray(c + 1, array);
      }
      statement.executeUpdate();
    } finally {
      for (Array array : arrays) {
        array.free();
      }
    }
  }

  /** H2: one MERGE per row, sent as one batch. */
  private void writeBatch(List<Object[]> rows) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(CaseColumns.h2Merge())) {
      for (Object[] row : rows) {
        for (int c = 0; c < row.length; c++) {
          Object value = row[c];
          if (value instanceof Instant time) {
            statement.setObject(c + 1, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
          } else if (value == null && CaseColumns.isTime(c)) {
            statement.setNull(c + 1, Types.TIMESTAMP_WITH_TIMEZONE);
          } else {
            statement.setObject(c + 1, value);
          }
        }
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** PostgreSQL or else H2, the two databases the platform runs on (read from the connection). */
  private boolean isPostgresql() throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return true;
    }
    if (product.contains("h2")) {
      return false;
    }
    throw new IllegalStateException("cases are kept on PostgreSQL or H2, not " + product);
  }

  /**
   * The values of {@link CaseColumns#WRITTEN} for one case (text, {@link Instant} or {@link Long}),
   * the personal data sealed and masked.
   */
  static Object[] values(CaseFacts facts, long sequence, ApplicantSeals seals) {
    Applicant applicant = facts.applicant();
    return new Object[] {
      facts.caseNo(),
      facts.matterCode(),
      facts.matterName(),
      facts.departmentCode(),
      facts.departmentName(),
      facts.divisionCode(),
      applicant.type().name(),
      MaskedApplicant.name(applicant.type(), applicant.name()),
      applicant.idType() == null ? null : applicant.idType().name(),
      MaskedApplicant.idNumber(applicant.idNumber()),
      applicant.creditCode(),
      MaskedApplicant.phone(applicant.phone()),
      seals.seal(facts.caseNo(), ApplicantSecret.of(facts)),
      facts.materialsText(),
      facts.stage().name(),
      at(facts.accepted()),
      by(facts.accepted()),
      at(facts.reviewed()),
      by(facts.reviewed()),
      at(facts.decided()),
      by(facts.decided()),
      at(facts.concluded()),
      by(facts.concluded()),
      facts.result() == null ? null : facts.result().name(),
      facts.resultDocNo(),
      facts.deliveryMethod() == null ? null : facts.deliveryMethod().name(),
      MaskedApplicant.address(facts.deliveryAddress()),
      facts.version(),
      sequence
    };
  }

  private static Instant at(StageMark mark) {
    return mark == null ? null : mark.at();
  }

  private static String by(StageMark mark) {
    return mark == null ? null : mark.handler();
  }
}
