package org.onewindow.it.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Provider;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The audit chain in the suite's PostgreSQL schema, for the cluster tests: appends records the way
 * the platform's audit consumer does (the chain head's row locked, each record linked to its
 * predecessor by an SM3 digest over its length-prefixed fields, 002 6.7) — written here from the
 * rule rather than with the platform's class, so a test that verifies them also checks that the
 * platform's verification follows the documented rule — and reads how far the verification job got.
 */
public final class AuditTrailRows {

  private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

  private AuditTrailRows() {}

  /** Appends {@code count} linked records after the chain's head; the last sequence. */
  public static long append(int count, String detail) {
    try (Connection connection = TestPostgres.connect()) {
      connection.setAutoCommit(false);
      long sequence = 0;
      String digest = "";
      boolean headExists = false;
      try (ResultSet head =
          connection
              .createStatement()
              .executeQuery(
                  "select lastSequence, lastDigest from ow_audit_chain_head where id = 1 for update")) {
        if (head.next()) {
          headExists = true;
          sequence = head.getLong(1);
          digest = head.getString(2);
        }
      }
      Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into ow_audit_record (sequence, occurredAt, recordedAt, source, type, actor,"
                  + " outcome, detail, previousDigest, digest) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < count; i++) {
          sequence++;
          String[] fields = {"platform", "CLUSTER_TEST", "cluster-it", "SUCCESS", detail + " " + i};
          String next = digest(sequence, at, fields, digest);
          insert.setLong(1, sequence);
          insert.setTimestamp(2, Timestamp.from(at));
          insert.setTimestamp(3, Timestamp.from(at));
          for (int f = 0; f < fields.length; f++) {
            insert.setString(4 + f, fields[f]);
          }
          insert.setString(9, digest);
          insert.setString(10, next);
          insert.addBatch();
          digest = next;
        }
        insert.executeBatch();
      }
      try (PreparedStatement head =
          connection.prepareStatement(
              headExists
                  ? "update ow_audit_chain_head set lastSequence = ?, lastDigest = ? where id = 1"
                  : "insert into ow_audit_chain_head (lastSequence, lastDigest, id) values (?, ?, 1)")) {
        head.setLong(1, sequence);
        head.setString(2, digest);
        head.executeUpdate();
      }
      connection.commit();
      return sequence;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot append to the audit chain", e);
    }
  }

  /**
   * How far the verification job got: {@code [verifiedThrough, verifiedCount]}, zeros before its
   * first chunk.
   */
  public static long[] verification() {
    try (Connection connection = TestPostgres.connect();
        ResultSet row =
            connection
                .createStatement()
                .executeQuery(
                    "select verifiedThrough, verifiedCount from ow_audit_verification where id = 1")) {
      return row.next() ? new long[] {row.getLong(1), row.getLong(2)} : new long[] {0, 0};
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit verification", e);
    }
  }

  /** The record's SM3 digest, Base64url, over its length-prefixed fields and its predecessor's. */
  private static String digest(long sequence, Instant at, String[] fields, String previous) {
    StringBuilder canonical = new StringBuilder();
    String millis = Long.toString(at.toEpochMilli());
    for (String field :
        new String[] {
          Long.toString(sequence),
          millis,
          millis,
          fields[0],
          fields[1],
          fields[2],
          fields[3],
          fields[4],
          previous
        }) {
      canonical.append(field.length()).append(':').append(field).append('\n');
    }
    try {
      MessageDigest sm3 = MessageDigest.getInstance("SM3", BOUNCY_CASTLE);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(sm3.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
