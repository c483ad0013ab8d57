package org.onewindow.ops.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.onewindow.common.Roles;

/**
 * The executions of the job repository (JBeret's tables on the platform's datasource) a page at a
 * time with filters, newest first: Jakarta Batch's {@code JobOperator} can only list a job's
 * instances. Answers execution ids; the batch module's {@code BatchJobService} reads each through
 * the operator and restricts the jobs to its list.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.API_CLIENT})
public class BatchHistoryService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  /**
   * The ids of the executions of {@code jobNames} (none: an empty page) with the status (null: any)
   * created in [{@code from}, {@code to}) (either null: open), newest first.
   */
  public ResultPage<Long> executions(
      List<String> jobNames, String status, Instant from, Instant to, PageRequest page) {
    if (jobNames.isEmpty()) {
      return new ResultPage<>(List.of(), 0);
    }
    StringBuilder where =
        new StringBuilder(
            " from JOB_EXECUTION e join JOB_INSTANCE i on i.JOBINSTANCEID = e.JOBINSTANCEID"
                + " where i.JOBNAME in (:jobs)");
    if (status != null) {
      where.append(" and e.BATCHSTATUS = :status");
    }
    if (from != null) {
      where.append(" and e.CREATETIME >= :from");
    }
    if (to != null) {
      where.append(" and e.CREATETIME < :to");
    }
    var count = em.createNativeQuery("select count(*)" + where);
    var ids =
        em.createNativeQuery("select e.JOBEXECUTIONID" + where + " order by e.JOBEXECUTIONID desc");
    for (var query : List.of(count, ids)) {
      query.setParameter("jobs", jobNames);
      if (status != null) {
        query.setParameter("status", status);
      }
      if (from != null) {
        query.setParameter("from", Timestamp.from(from));
      }
      if (to != null) {
        query.setParameter("to", Timestamp.from(to));
      }
    }
    long total = ((Number) count.getSingleResult()).longValue();
    List<Long> rows = new ArrayList<>();
    for (Object id :
        ids.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()) {
      rows.add(((Number) id).longValue());
    }
    return new ResultPage<>(rows, total);
  }
}
