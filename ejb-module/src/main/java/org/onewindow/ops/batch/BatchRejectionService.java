package org.onewindow.ops.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import org.onewindow.common.Message;
import org.onewindow.common.Messages;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;

/**
 * The records a batch execution rejected or skipped, with their reasons, kept for the jobs console
 * and the API (issue 19: "rejected records kept with their reason").
 *
 * <p>Kept by the jobs on behalf of the batch runtime (no person's role, as {@link
 * BatchLeaseService}); read by platform administrators through the batch module's {@code
 * BatchJobService}, which checks the role and that the execution is of a listed job.
 */
@Stateless
@PermitAll
public class BatchRejectionService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

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
    em.persist(
        BatchRejection.of(executionId, jobName, step, recordKey, reason, excerpt, clock.instant()));
  }

  /**
   * The rejections of one execution, newest first, their reasons read in {@code language} (the
   * platform's, Chinese, when {@code null}).
   */
  public ResultPage<BatchRejectionView> rejections(
      long executionId, PageRequest page, Locale language) {
    Locale reader = language == null ? Messages.PLATFORM_LOCALE : language;
    long total =
        em.createQuery(
                "select count(r) from BatchRejection r where r.executionId = :id", Long.class)
            .setParameter("id", executionId)
            .getSingleResult();
    var rows =
        em.createQuery(
                "select r from BatchRejection r where r.executionId = :id order by r.id desc",
                BatchRejection.class)
            .setParameter("id", executionId)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    return new ResultPage<>(rows.stream().map(row -> row.view(reader)).toList(), total);
  }
}
