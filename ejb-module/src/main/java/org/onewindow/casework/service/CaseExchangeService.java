package org.onewindow.casework.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;
import org.onewindow.common.PlatformKeys;
import org.onewindow.exchange.ExchangeChange;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.RecordResult;

/**
 * Cases' side of the sync jobs (004 7; 002 6.2 d): cases taken in from departments' business
 * systems, and the feeds of their basic, process and result information for the exchange area and
 * the upward report. Called by the batch jobs only, in the chunk's transaction; field names in
 * docs/wire-formats.md §7.
 *
 * <p>Plain JDBC on the container's datasource, which enlists its connections in the caller's JTA
 * transaction: the inbound sync's rate is measured against PostgreSQL's COPY, and an entity per
 * record would cost a round trip and a flush each.
 */
@Stateless
@PermitAll
public class CaseExchangeService {

  /** The largest page of a feed one call returns. */
  public static final int MAX_FEED_PAGE = 10_000;

  @Resource(lookup = "java:jboss/datasources/OneWindowDS")
  private DataSource dataSource;

  /**
   * The container's managed executor (a ManagedExecutorService, seen as the plain executor it
   * extends): half of a chunk's checking and sealing runs there ({@link CaseUpserts}).
   */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ExecutorService executor;

  /**
   * Upserts cases by 办件编号 ({@code case_no}) in the caller's transaction, in bulk (JDBC batches: the
   * inbound sync's rate is measured against PostgreSQL's COPY): a record older than or as old as
   * the one kept is STALE; one with missing or malformed fields is REJECTED with its reason and
   * changes nothing. Applicants' personal data sealed with SM4 before it is written. One result per
   * record, in order. Of several records of one case in the list the newest wins, the others are
   * STALE.
   */
  public List<RecordResult> upsertCases(List<ExchangeRecord> records) {
    try (Connection connection = dataSource.getConnection()) {
      return new CaseUpserts(connection, PlatformKeys.ring(), executor).upsert(records);
    } catch (SQLException e) {
      throw new IllegalStateException("the cases could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * A part of the cases changed after {@code afterSequence}, oldest first, at most limit; personal
   * data masked (000 示例8).
   *
   * @throws IllegalArgumentException when {@code afterSequence} is negative or {@code limit} is not
   *     within 1 to {@value #MAX_FEED_PAGE}
   */
  public List<ExchangeChange> caseChanges(CasePart part, long afterSequence, int limit) {
    if (part == null || afterSequence < 0 || limit < 1 || limit > MAX_FEED_PAGE) {
      throw new IllegalArgumentException(
          "a case feed page needs a part, a cursor >= 0 and a limit of 1 to " + MAX_FEED_PAGE);
    }
    try (Connection connection = dataSource.getConnection()) {
      return CaseFeed.read(connection, part, afterSequence, limit);
    } catch (SQLException e) {
      throw new IllegalStateException("the case feed could not be read: " + e.getMessage(), e);
    }
  }
}
