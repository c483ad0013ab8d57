package org.onewindow.inspection.repository;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onewindow.appcenter.domain.ReviewStatus;
import org.onewindow.appcenter.domain.SubjectType;
import org.onewindow.inspection.domain.InspectionSchedule;

/**
 * When each online subject is inspected next (003 6.7.3), and the claim that gives a due subject to
 * exactly one node.
 *
 * <p>The subjects are the application centre's interfaces and apps: the queries that find online
 * ones name their entities in JPQL (the only place inspection does; issue 15 item 2 moves subjects
 * to the review registry, after which these read the registry instead).
 */
public final class InspectionScheduleRepository {

  private final EntityManager em;

  public InspectionScheduleRepository(EntityManager em) {
    this.em = em;
  }

  /** The schedule of the subject, if it is enrolled. */
  public Optional<InspectionSchedule> ofSubject(SubjectType type, long id) {
    return em.createQuery(
            "select s from InspectionSchedule s where s.subjectType = :t and s.subjectId = :id",
            InspectionSchedule.class)
        .setParameter("t", type)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** When the subject first went online, from its review history; null when it never did. */
  public Instant firstOnline(SubjectType type, long id) {
    return em.createQuery(
            "select min(t.at) from ReviewTransition t where t.subjectType = :t"
                + " and t.subjectId = :id and t.to = :online",
            Instant.class)
        .setParameter("t", type)
        .setParameter("id", id)
        .setParameter("online", ReviewStatus.ONLINE)
        .getSingleResult();
  }

  /** The online subjects of that type without a schedule. */
  public List<Long> unenrolled(SubjectType type) {
    return em.createQuery(
            "select e.id from "
                + entity(type)
                + " e where e.review.status = :online and not exists (select s.id from"
                + " InspectionSchedule s where s.subjectType = :t and s.subjectId = e.id)",
            Long.class)
        .setParameter("online", ReviewStatus.ONLINE)
        .setParameter("t", type)
        .getResultList();
  }

  /**
   * A schedule found due: its id, the version read (for the claim) and its subject.
   *
   * @param scheduleId the schedule's id
   * @param version its version when read
   * @param subjectId the interface's or app's id
   */
  public record Due(long scheduleId, long version, long subjectId) {}

  /** The online subjects of that type due at {@code now}, the longest-waiting first. */
  public List<Due> due(SubjectType type, Instant now, int limit) {
    return em.createQuery(
            "select s.id, s.version, s.subjectId from InspectionSchedule s, "
                + entity(type)
                + " e where s.subjectType = :t and e.id = s.subjectId"
                + " and e.review.status = :online and s.nextDueAt <= :now"
                + " order by s.nextDueAt, s.id",
            Object[].class)
        .setParameter("t", type)
        .setParameter("online", ReviewStatus.ONLINE)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultStream()
        .map(row -> new Due((Long) row[0], (Long) row[1], (Long) row[2]))
        .toList();
  }

  /**
   * Takes a due schedule for {@code node}: one conditional UPDATE that matches only the version
   * read and a due time not after {@code now}, moving the due time to {@code leaseUntil}.
   *
   * @return whether this call took it (exactly one of several racing nodes does)
   */
  public boolean claim(
      long scheduleId, long version, String node, Instant now, Instant leaseUntil) {
    return em.createQuery(
                "update InspectionSchedule s set s.nextDueAt = :lease, s.claimedBy = :node,"
                    + " s.version = s.version + 1"
                    + " where s.id = :id and s.version = :version and s.nextDueAt <= :now")
            .setParameter("lease", leaseUntil)
            .setParameter("node", node)
            .setParameter("id", scheduleId)
            .setParameter("version", version)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  private static String entity(SubjectType type) {
    return type == SubjectType.INTERFACE ? "RegisteredInterface" : "ServiceApp";
  }
}
