package org.onewindow.casework.service;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.onewindow.casework.domain.CaseFacts;
import org.onewindow.casework.domain.CaseFields;
import org.onewindow.casework.domain.CaseRecordReader;
import org.onewindow.casework.testing.CaseRecords;
import org.onewindow.crypto.keys.KeyRing;
import org.onewindow.crypto.keys.RootKeyComponents;
import org.onewindow.crypto.keys.SoftwareKeyEncryptionProvider;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.schema.SchemaMigrations;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The benchmark of issue 19's performance goal, not a test (it has no {@code Test} in its name and
 * no JUnit annotations, so surefire never runs it): the inbound sync of {@code N} case records on
 * PostgreSQL against {@code COPY} of the same rows into a plain table, in the same run.
 *
 * <p>In a fresh schema of the PostgreSQL of these machines (127.0.0.1:5432, database {@code test},
 * dropped at the end) it generates the records chunk by chunk ({@link CaseRecords}, outside the
 * timers), then times (1) {@code COPY} of every record's 26 fields as text into a table of 26 text
 * columns, and (2) {@link CaseUpserts#upsert} per chunk with its commit, as the batch job's chunk
 * runs it. It also times, on the first chunks, the checking ({@link CaseRecordReader}) alone, to
 * split the per-row cost. Run from the repository's root after {@code mvn -o -B test-compile -pl
 * ejb-module -am}:
 *
 * <pre>
 * mvn -o -B -q exec:java -pl ejb-module -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.onewindow.casework.service.CaseUpsertBenchmark -Dexec.args="1000000 1000 halves"
 * </pre>
 *
 * (or {@code java -cp} with the test classpath: {@code mvn dependency:build-classpath}). Arguments:
 * records (default 1,000,000), chunk size (default 1,000) and {@code halves} to check and seal each
 * chunk in two halves on two threads, as the container does with its managed executor.
 */
public final class CaseUpsertBenchmark {

  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final long SEED = 19;

  /** The second thread of {@code halves} (as the container's managed executor), or none. */
  private static ExecutorService helper;

  private CaseUpsertBenchmark() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int chunk = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    helper =
        args.length > 2 && args[2].equals("halves") ? Executors.newSingleThreadExecutor() : null;
    String schema = "onewindow_bench_" + Long.toHexString(System.nanoTime());
    execute("create schema " + schema);
    try {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setUrl(URL + "?currentSchema=" + schema);
      dataSource.setUser("postgres");
      SchemaMigrations.migrate(dataSource);
      KeyRing ring = ring();
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        warmUp(connection, ring, chunk);
        double checking = checking(chunk);
        double preparing = preparing(ring, chunk);
        double copy = copy(connection, total, chunk);
        double upsert = upsert(connection, ring, total, chunk, 0);
        double again = upsert(connection, ring, Math.min(total, 100_000), chunk, 1);
        System.out.printf(
            Locale.ROOT,
            "records %,d, chunk %,d%n"
                + "COPY                 %,10.0f rows/s  %6.2f us/row%n"
                + "upsertCases (insert) %,10.0f rows/s  %6.2f us/row  %5.1f %% of COPY%n"
                + "upsertCases (update) %,10.0f rows/s  %6.2f us/row  %5.1f %% of COPY%n"
                + "  of which checking              %6.2f us/row%n"
                + "  checking, masking and sealing  %6.2f us/row (the rest is the database's)%n",
            total,
            chunk,
            copy,
            1e6 / copy,
            upsert,
            1e6 / upsert,
            100 * upsert / copy,
            again,
            1e6 / again,
            100 * again / copy,
            checking,
            preparing);
      }
    } finally {
      if (helper != null) {
        helper.shutdown();
      }
      execute("drop schema if exists " + schema + " cascade");
    }
  }

  /** Lets the JIT compile the hot paths first (rolled back, nothing kept). */
  private static void warmUp(Connection connection, KeyRing ring, int chunk) throws SQLException {
    for (int i = 0; i < 20; i++) {
      new CaseUpserts(connection, ring, helper)
          .upsert(CaseRecords.records(SEED, 9_000_000L, chunk));
      connection.rollback();
    }
  }

  /** Microseconds per record of the checking alone. */
  private static double checking(int chunk) {
    long nanos = 0;
    int count = 0;
    for (int c = 0; c < 50; c++) {
      List<ExchangeRecord> records = CaseRecords.records(SEED, 8_000_000L + c * chunk, chunk);
      long start = System.nanoTime();
      for (ExchangeRecord record : records) {
        CaseFacts facts = CaseRecordReader.read(record);
        if (facts == null) {
          throw new IllegalStateException();
        }
      }
      nanos += System.nanoTime() - start;
      count += chunk;
    }
    return nanos / 1e3 / count;
  }

  /** Microseconds per record of checking, masking and sealing: all but the database. */
  private static double preparing(KeyRing ring, int chunk) {
    long nanos = 0;
    int count = 0;
    for (int c = 0; c < 50; c++) {
      List<ExchangeRecord> records = CaseRecords.records(SEED, 8_000_000L + c * chunk, chunk);
      long start = System.nanoTime();
      try (ApplicantSeals seals = new ApplicantSeals(ring)) {
        for (ExchangeRecord record : records) {
          if (CaseUpserts.values(CaseRecordReader.read(record), c, seals).length == 0) {
            throw new IllegalStateException();
          }
        }
      }
      nanos += System.nanoTime() - start;
      count += chunk;
    }
    return nanos / 1e3 / count;
  }

  /** Rows per second COPY loads into a plain table of the records' fields as text. */
  private static double copy(Connection connection, int total, int chunk) throws Exception {
    try (Statement statement = connection.createStatement()) {
      StringBuilder ddl = new StringBuilder("create table copy_target (");
      for (int i = 0; i < CaseFields.ORDER.size(); i++) {
        ddl.append(i == 0 ? "" : ", ").append(CaseFields.ORDER.get(i)).append(" text");
      }
      statement.execute(ddl.append(")").toString());
    }
    connection.commit();
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    long nanos = 0;
    for (int from = 0; from < total; from += chunk) {
      byte[] data = copyText(CaseRecords.generate(SEED, from, Math.min(chunk, total - from)));
      long start = System.nanoTime();
      copy.copyIn("copy copy_target from stdin", new ByteArrayInputStream(data));
      connection.commit();
      nanos += System.nanoTime() - start;
    }
    return total / (nanos / 1e9);
  }

  private static byte[] copyText(List<Map<String, String>> rows) {
    StringBuilder text = new StringBuilder();
    for (Map<String, String> row : rows) {
      for (int i = 0; i < CaseFields.ORDER.size(); i++) {
        String value = row.get(CaseFields.ORDER.get(i));
        text.append(i == 0 ? "" : "\t").append(value == null ? "\\N" : value);
      }
      text.append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Rows per second of the sync; {@code generation} 1 makes newer versions of the same cases. */
  private static double upsert(
      Connection connection, KeyRing ring, int total, int chunk, int generation)
      throws SQLException {
    long nanos = 0;
    for (int from = 0; from < total; from += chunk) {
      List<ExchangeRecord> records =
          CaseRecords.records(SEED + generation, from, Math.min(chunk, total - from));
      if (generation > 0) {
        records =
            records.stream()
                .map(
                    r ->
                        CaseRecords.record(
                            CaseRecords.withVersion(r.fields(), r.version().plusSeconds(60))))
                .toList();
      }
      long start = System.nanoTime();
      new CaseUpserts(connection, ring, helper).upsert(records);
      connection.commit();
      nanos += System.nanoTime() - start;
    }
    return total / (nanos / 1e9);
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

  private static void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
