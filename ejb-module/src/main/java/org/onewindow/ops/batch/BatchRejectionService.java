package org.onewindow.ops.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import org.onewindow.common.Message;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;

/**
 * The records a batch execution rejected or skipped, with their reasons, kept for the jobs console
 * and the API (issue 19: "rejected records kept with their reason").
 *
 * <p>CONTRACT STUB — the jobs console replaces the bodies.
 */
@Stateless
@PermitAll
public class BatchRejectionService {

  /**
   * Keeps one rejected record in the caller's transaction (the chunk's: a chunk rolled back and
   * retried keeps its rejections once).
   *
   * @param executionId the job execution
   * @param jobName the job's id
   * @param step the step's id
   * @param recordKey the record's natural key, or where it was read (file:line) when it has none
   * @param reason why, in the capability's bundle
   * @param excerpt the record as read, cut to 2,000 characters (personal data masked by the caller)
   */
  public void keep(
      long executionId,
      String jobName,
      String step,
      String recordKey,
      Message reason,
      String excerpt) {
    throw new UnsupportedOperationException("jobs console pending");
  }

  /** The rejections of one execution, newest first. */
  public ResultPage<BatchRejectionView> rejections(long executionId, PageRequest page) {
    throw new UnsupportedOperationException("jobs console pending");
  }
}
