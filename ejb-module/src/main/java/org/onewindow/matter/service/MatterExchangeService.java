package org.onewindow.matter.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.List;
import org.onewindow.exchange.ExchangeChange;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.RecordResult;

/**
 * The matter catalogue's side of the sync jobs (002 6.2 a–d; 004 7): the basic catalogue taken in
 * from the upper platform, and the feeds of the basic catalogue and the published implementation
 * lists for the exchange area and the upward report. Called by the batch jobs only, in the chunk's
 * transaction; field names in docs/wire-formats.md §6.
 *
 * <p>CONTRACT STUB — the matter capability replaces the bodies.
 */
@Stateless
@PermitAll
public class MatterExchangeService {

  /**
   * Upserts basic-catalogue items by 基本编码 ({@code basic_code}) in the caller's transaction: a
   * record older than or as old as the one kept is STALE; one with missing or malformed fields is
   * REJECTED with its reason and changes nothing. One result per record, in order.
   */
  public List<RecordResult> upsertCatalogue(List<ExchangeRecord> records) {
    throw new UnsupportedOperationException("matter capability pending");
  }

  /** The basic catalogue's changes after {@code afterSequence}, oldest first, at most limit. */
  public List<ExchangeChange> catalogueChanges(long afterSequence, int limit) {
    throw new UnsupportedOperationException("matter capability pending");
  }

  /**
   * The published implementation-list items' changes (a new published version, a withdrawal) after
   * {@code afterSequence}, oldest first, at most limit; key 实施编码 ({@code implementation_code}).
   */
  public List<ExchangeChange> implementationChanges(long afterSequence, int limit) {
    throw new UnsupportedOperationException("matter capability pending");
  }
}
