package org.onewindow.casework.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.List;
import org.onewindow.exchange.ExchangeChange;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.RecordResult;

/**
 * Cases' side of the sync jobs (004 7; 002 6.2 d): cases taken in from departments' business
 * systems, and the feeds of their basic, process and result information for the exchange area and
 * the upward report. Called by the batch jobs only, in the chunk's transaction; field names in
 * docs/wire-formats.md §6.
 *
 * <p>CONTRACT STUB — the casework capability replaces the bodies.
 */
@Stateless
@PermitAll
public class CaseExchangeService {

  /**
   * Upserts cases by 办件编号 ({@code case_no}) in the caller's transaction, in bulk (JDBC batches: the
   * inbound sync's rate is measured against PostgreSQL's COPY): a record older than or as old as
   * the one kept is STALE; one with missing or malformed fields is REJECTED with its reason and
   * changes nothing. Applicants' personal data sealed with SM4 before it is written. One result per
   * record, in order.
   */
  public List<RecordResult> upsertCases(List<ExchangeRecord> records) {
    throw new UnsupportedOperationException("casework capability pending");
  }

  /**
   * A part of the cases changed after {@code afterSequence}, oldest first, at most limit; personal
   * data masked (000 示例8).
   */
  public List<ExchangeChange> caseChanges(CasePart part, long afterSequence, int limit) {
    throw new UnsupportedOperationException("casework capability pending");
  }
}
